package dev.motorhub.adapters.persistence;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Accounts in {@code users}. Unique keys hold the lower-cased username and email; an update names
 * the version it was made on, so a change on a stale copy touches no row.
 */
final class JdbiUserRepository implements UserRepository {
  private static final UserMapper USERS = new UserMapper();
  private static final String SELECT = "select " + UserMapper.COLUMNS + " from users u";
  private static final KeysetPages<User> PAGES =
      new KeysetPages<>(SELECT, "u.id", USERS, u -> u.id().value());
  private static final String INSERT =
      """
      insert into users (id, username, username_key, email, email_key, phone, first_name,
        last_name, role, status, subscription_plan_id, subscription_started_at,
        subscription_ends_at, password_hash, created_at, updated_at, last_login_at, version)
      values (:id, :username, :usernameKey, :email, :emailKey, :phone, :firstName, :lastName,
        :role, :status, :plan, :startedAt, :endsAt, :passwordHash, :createdAt, :updatedAt, :lastLoginAt,
        :version)
      """;
  private static final String UPDATE =
      """
      update users u set username = :username, username_key = :usernameKey, email = :email,
        email_key = :emailKey, phone = :phone, first_name = :firstName, last_name = :lastName,
        role = :role, status = :status, subscription_plan_id = :plan,
        subscription_started_at = :startedAt, subscription_ends_at = :endsAt, password_hash = :passwordHash, updated_at = :updatedAt, version = u.version + 1
      where u.id = :id and u.version = :version
      returning\s"""
          + UserMapper.COLUMNS;

  private final JdbiTransactions tx;

  JdbiUserRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(User user) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bindAccount(h.createUpdate(INSERT), user)
                        .bind("createdAt", user.createdAt())
                        .bindByType("lastLoginAt", user.lastLoginAt().orElse(null), Instant.class)
                        .execute()));
  }

  /** Writes every field but the creation and login times, which never change in an update. */
  @Override
  public User update(User user) {
    Optional<User> updated =
        UniqueViolations.guard(
            () ->
                tx.withHandle(h -> bindAccount(h.createQuery(UPDATE), user).map(USERS).findOne()));
    return updated.orElseThrow(() -> missingOrStale(user.id()));
  }

  @Override
  public void recordLogin(UserId id, Instant at) {
    tx.withHandle(
        h ->
            h.createUpdate("update users set last_login_at = :at where id = :id")
                .bind("id", id.value())
                .bind("at", at)
                .execute());
  }

  @Override
  public Optional<User> findById(UserId id) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where u.id = :id")
                .bind("id", id.value())
                .map(USERS)
                .findOne());
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where u.username_key = :key")
                .bind("key", username.key())
                .map(USERS)
                .findOne());
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where u.email_key = :key")
                .bind("key", email.key())
                .map(USERS)
                .findOne());
  }

  @Override
  public Page<User> list(UserFilter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .contains("u.username_key", "username", filter.username())
            .contains("u.first_name", "firstName", filter.firstName())
            .contains("u.last_name", "lastName", filter.lastName())
            .add("u.role = :role", "role", filter.role().map(Role::wire))
            .add("u.status = :status", "status", filter.status().map(AccountStatus::wire));
    return PAGES.page(tx, where, page);
  }

  /** Deletes the account; the foreign keys take its sessions, tokens and profiles with it. */
  @Override
  public void delete(UserId id) {
    ReferencedRows.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate("delete from users where id = :id")
                        .bind("id", id.value())
                        .execute()),
        ON_RECORD);
  }

  private RuntimeException missingOrStale(UserId id) {
    return Rows.exists(tx, "users", id.value())
        ? StoreConflict.STALE_ACCOUNT.conflict()
        : new NotFound("User");
  }

  @Override
  public List<User> claimSubscriptionsEnding(Instant now, Instant until, int limit) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    SELECT
                        + " where u.subscription_ends_at > :now and u.subscription_ends_at <= :until"
                        + " and not exists (select 1 from sent_reminders r"
                        + " where r.subject_type = :subject and r.subject_id = u.id"
                        + " and r.occasion = 'ending_'"
                        + " || (extract(epoch from u.subscription_ends_at) * 1000000)::bigint)"
                        + " order by u.subscription_ends_at, u.id limit :limit"
                        + " for update of u skip locked")
                .bind("now", now)
                .bind("until", until)
                .bind("subject", SUBSCRIPTION_SUBJECT)
                .bind("limit", limit)
                .map(USERS)
                .list());
  }

  /** Binds what an insert and an update both write. */
  private static <S extends SqlStatement<S>> S bindAccount(S statement, User user) {
    return statement
        .bind("id", user.id().value())
        .bind("username", user.username().value())
        .bind("usernameKey", user.username().key())
        .bind("email", user.email().value())
        .bind("emailKey", user.email().key())
        .bindByType("phone", user.phone().map(Phone::value).orElse(null), String.class)
        .bind("firstName", user.firstName())
        .bind("lastName", user.lastName())
        .bind("role", user.role().wire())
        .bind("status", user.status().wire())
        .bindByType("plan", user.plan().map(SubscriptionPlanId::value).orElse(null), UUID.class)
        .bindByType("startedAt", user.subscriptionStartedAt().orElse(null), Instant.class)
        .bindByType("endsAt", user.subscriptionEndsAt().orElse(null), Instant.class)
        .bind("passwordHash", user.passwordHash().value())
        .bind("updatedAt", user.updatedAt())
        .bind("version", user.version());
  }
}

package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.notifications.SentReminders;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Accounts in memory, with the same uniqueness rules as the database's indexes; deleting one
 * cascades as the database's foreign keys do.
 */
final class InMemoryUserRepository implements UserRepository {
  private final Table<UUID, User> users;
  private final SentReminders reminders;
  private final Predicate<UserId> onRecord;
  private final Consumer<UserId> onDelete;

  InMemoryUserRepository(
      Table<UUID, User> users,
      SentReminders reminders,
      Predicate<UserId> onRecord,
      Consumer<UserId> onDelete) {
    this.users = users;
    this.reminders = reminders;
    this.onRecord = onRecord;
    this.onDelete = onDelete;
  }

  @Override
  public List<User> claimSubscriptionsEnding(Instant now, Instant until, int limit) {
    return users
        .where(
            u ->
                u.subscriptionEndsAt()
                    .filter(end -> end.isAfter(now) && !end.isAfter(until))
                    .filter(
                        end ->
                            !reminders.wasSent(
                                SUBSCRIPTION_SUBJECT,
                                u.id().value(),
                                UserRepository.endingOccasion(end)))
                    .isPresent())
        .stream()
        .sorted(Comparator.comparing((User u) -> u.subscriptionEndsAt().orElseThrow()))
        .limit(limit)
        .toList();
  }

  @Override
  public void add(User user) {
    refuseTakenValues(user);
    users.put(user.id().value(), user);
  }

  @Override
  public User update(User user) {
    User stored = users.get(user.id().value()).orElseThrow(() -> new NotFound("User"));
    if (stored.version() != user.version()) {
      throw StoreConflict.STALE_ACCOUNT.conflict();
    }
    refuseTakenValues(user);
    User next =
        new User(
            user.id(),
            user.username(),
            user.email(),
            user.phone(),
            user.firstName(),
            user.lastName(),
            user.role(),
            user.status(),
            user.plan(),
            user.subscriptionStartedAt(),
            user.subscriptionEndsAt(),
            user.passwordHash(),
            user.createdAt(),
            user.updatedAt(),
            stored.lastLoginAt(), // only recordLogin moves it, so a login meanwhile is kept
            user.version() + 1);
    users.put(user.id().value(), next);
    return next;
  }

  @Override
  public void recordLogin(UserId id, Instant at) {
    users.get(id.value()).ifPresent(u -> users.put(id.value(), u.loggedIn(at)));
  }

  @Override
  public Optional<User> findById(UserId id) {
    return users.get(id.value());
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return users.where(u -> u.username().key().equals(username.key())).stream().findFirst();
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return users.where(u -> u.email().key().equals(email.key())).stream().findFirst();
  }

  @Override
  public Page<User> list(UserFilter filter, PageRequest page) {
    Predicate<User> test =
        u ->
            contains(filter.username(), u.username().value())
                && contains(filter.firstName(), u.firstName())
                && contains(filter.lastName(), u.lastName())
                && filter.role().map(r -> r == u.role()).orElse(true)
                && filter.status().map(s -> s == u.status()).orElse(true);
    return Page.fromFetched(
        users.whereAfter(page.after(), test, page.limit() + 1), page.limit(), u -> u.id().value());
  }

  @Override
  public void delete(UserId id) {
    if (onRecord.test(id)) {
      throw new Conflict("", ON_RECORD);
    }
    users.remove(id.value());
    onDelete.accept(id);
  }

  static boolean contains(Optional<String> part, String value) {
    return part.map(p -> value.toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT)))
        .orElse(true);
  }

  private void refuseTakenValues(User user) {
    for (User other : users.where(u -> !u.id().equals(user.id()))) {
      if (other.username().key().equals(user.username().key())) {
        throw StoreConflict.USERNAME_TAKEN.conflict();
      }
      if (other.email().key().equals(user.email().key())) {
        throw StoreConflict.EMAIL_TAKEN.conflict();
      }
      if (user.phone().isPresent()
          && other.phone().map(Phone::value).equals(user.phone().map(Phone::value))) {
        throw StoreConflict.PHONE_TAKEN.conflict();
      }
    }
  }
}

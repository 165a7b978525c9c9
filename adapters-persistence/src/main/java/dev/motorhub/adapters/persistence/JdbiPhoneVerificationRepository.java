package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.optionalInstant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.identity.PhoneVerificationRepository;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Phone verifications in {@code phone_verifications}, one an account. */
final class JdbiPhoneVerificationRepository implements PhoneVerificationRepository {
  private static final String SELECT =
      "select user_id, phone, code_digest, code_sent_at, code_expires_at, code_attempts,"
          + " verified_at from phone_verifications";

  private static final RowMapper<PhoneVerification> ROWS =
      (rs, ctx) -> {
        String digest = rs.getString("code_digest");
        Optional<PhoneVerification.Code> code =
            digest == null
                ? Optional.empty()
                : Optional.of(
                    new PhoneVerification.Code(
                        digest,
                        Rows.instant(rs, "code_sent_at"),
                        Rows.instant(rs, "code_expires_at"),
                        rs.getInt("code_attempts")));
        return new PhoneVerification(
            new UserId(uuid(rs, "user_id")),
            Phone.stored(rs.getString("phone")),
            code,
            optionalInstant(rs, "verified_at"));
      };

  private final JdbiTransactions tx;

  JdbiPhoneVerificationRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<PhoneVerification> find(UserId user) {
    return Rows.one(tx, SELECT + " where user_id = :value", user.value(), ROWS);
  }

  @Override
  public Optional<PhoneVerification> lock(UserId user) {
    // The account's row is locked, so a verification not yet kept is waited for too.
    tx.withHandle(
        h ->
            h.createQuery("select id from users where id = :id for no key update")
                .bind("id", user.value())
                .mapTo(UUID.class)
                .findOne());
    return find(user);
  }

  @Override
  public List<PhoneVerification> findByUsers(Collection<UserId> users) {
    if (users.isEmpty()) {
      return List.of();
    }
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where user_id = any(:ids)")
                .bindArray("ids", UUID.class, users.stream().map(UserId::value).distinct().toList())
                .map(ROWS)
                .list());
  }

  @Override
  public void put(PhoneVerification v) {
    Optional<PhoneVerification.Code> code = v.code();
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into phone_verifications (user_id, phone, code_digest, code_sent_at,
                      code_expires_at, code_attempts, verified_at)
                    values (:user, :phone, :digest, :sentAt, :expiresAt, :attempts, :verifiedAt)
                    on conflict (user_id) do update set phone = excluded.phone,
                      code_digest = excluded.code_digest, code_sent_at = excluded.code_sent_at,
                      code_expires_at = excluded.code_expires_at,
                      code_attempts = excluded.code_attempts, verified_at = excluded.verified_at""")
                .bind("user", v.user().value())
                .bind("phone", v.phone().value())
                .bindByType(
                    "digest", code.map(PhoneVerification.Code::digest).orElse(null), String.class)
                .bindByType(
                    "sentAt",
                    code.map(PhoneVerification.Code::sentAt).orElse(null),
                    java.time.Instant.class)
                .bindByType(
                    "expiresAt",
                    code.map(PhoneVerification.Code::expiresAt).orElse(null),
                    java.time.Instant.class)
                .bind("attempts", code.map(PhoneVerification.Code::attempts).orElse(0))
                .bindByType("verifiedAt", v.verifiedAt().orElse(null), java.time.Instant.class)
                .execute());
  }

  @Override
  public void remove(UserId user) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from phone_verifications where user_id = :user")
                .bind("user", user.value())
                .execute());
  }
}

package dev.motorhub.adapters.persistence;

import dev.motorhub.application.identity.LinkedIdentityRepository;
import dev.motorhub.application.identity.ProviderAccount;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The links of provider accounts to accounts, in {@code linked_identities}. */
final class JdbiLinkedIdentityRepository implements LinkedIdentityRepository {
  private final JdbiTransactions tx;

  JdbiLinkedIdentityRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<UserId> findUser(ProviderAccount account) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select user_id from linked_identities"
                        + " where issuer = :issuer and subject = :subject")
                .bind("issuer", account.issuer())
                .bind("subject", account.subject())
                .mapTo(UUID.class)
                .findOne()
                .map(UserId::new));
  }

  @Override
  public boolean link(ProviderAccount account, UserId user, Instant at) {
    return tx.withHandle(
            h ->
                h.createUpdate(
                        "insert into linked_identities (issuer, subject, user_id, linked_at)"
                            + " values (:issuer, :subject, :user, :at)"
                            + " on conflict (issuer, subject) do nothing")
                    .bind("issuer", account.issuer())
                    .bind("subject", account.subject())
                    .bind("user", user.value())
                    .bind("at", at)
                    .execute())
        == 1;
  }
}

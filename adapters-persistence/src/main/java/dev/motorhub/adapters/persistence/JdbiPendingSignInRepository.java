package dev.motorhub.adapters.persistence;

import dev.motorhub.application.identity.PendingSignIn;
import dev.motorhub.application.identity.PendingSignInRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-ins under way in {@code pending_sign_ins}, by the digest of their state. Taking one
 * deletes its row and reads what was deleted, so that of two instances taking it at once, the
 * second finds nothing.
 */
final class JdbiPendingSignInRepository implements PendingSignInRepository {
  private final JdbiTransactions tx;

  JdbiPendingSignInRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(PendingSignIn signIn) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    "insert into pending_sign_ins"
                        + " (state_digest, nonce, verifier, binding_digest, started_at)"
                        + " values (:state, :nonce, :verifier, :binding, :at)")
                .bind("state", signIn.stateDigest())
                .bind("nonce", signIn.nonce())
                .bind("verifier", signIn.verifier())
                .bind("binding", signIn.bindingDigest())
                .bind("at", signIn.startedAt())
                .execute());
  }

  @Override
  public Optional<PendingSignIn> take(String stateDigest) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "delete from pending_sign_ins where state_digest = :state"
                        + " returning state_digest, nonce, verifier, binding_digest, started_at")
                .bind("state", stateDigest)
                .map(
                    (rs, ctx) ->
                        new PendingSignIn(
                            rs.getString("state_digest"),
                            rs.getString("nonce"),
                            rs.getString("verifier"),
                            rs.getString("binding_digest"),
                            Rows.instant(rs, "started_at")))
                .findOne());
  }

  @Override
  public int forgetStartedUntil(Instant until) {
    return tx.withHandle(
        h -> {
          h.createUpdate("delete from pending_sign_ins where started_at <= :until")
              .bind("until", until)
              .execute();
          return h.createQuery("select count(*) from pending_sign_ins").mapTo(Integer.class).one();
        });
  }
}

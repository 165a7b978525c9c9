package dev.motorhub.adapters.persistence;

import dev.motorhub.application.identity.LoginAttempts;
import dev.motorhub.domain.identity.RecentFailures;
import java.time.Instant;

/**
 * Failed logins in {@code login_failures}, one row per failure, indexed by key and time; a key's
 * recent failures are read as one summary row, however many there are.
 */
final class JdbiLoginAttempts implements LoginAttempts {
  private final JdbiTransactions tx;

  JdbiLoginAttempts(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public RecentFailures failuresSince(String key, Instant since) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select count(*) as failures, min(failed_at) as oldest,"
                        + " max(failed_at) as latest from login_failures"
                        + " where key = :key and failed_at >= :since")
                .bind("key", key)
                .bind("since", since)
                .map(
                    (rs, ctx) ->
                        new RecentFailures(
                            rs.getInt("failures"),
                            Rows.optionalInstant(rs, "oldest"),
                            Rows.optionalInstant(rs, "latest")))
                .one());
  }

  @Override
  public void recordFailure(String key, Instant at, Instant forgetBefore) {
    tx.withHandle(
        h -> {
          h.createUpdate("delete from login_failures where key = :key and failed_at < :before")
              .bind("key", key)
              .bind("before", forgetBefore)
              .execute();
          return h.createUpdate("insert into login_failures (key, failed_at) values (:key, :at)")
              .bind("key", key)
              .bind("at", at)
              .execute();
        });
  }

  @Override
  public void clear(String key) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from login_failures where key = :key")
                .bind("key", key)
                .execute());
  }
}

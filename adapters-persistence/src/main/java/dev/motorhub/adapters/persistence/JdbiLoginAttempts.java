package dev.motorhub.adapters.persistence;

import dev.motorhub.application.identity.LoginAttempts;
import java.time.Instant;
import java.util.List;

/** Failed logins in {@code login_failures}, one row per failure, indexed by key and time. */
final class JdbiLoginAttempts implements LoginAttempts {
  private final JdbiTransactions tx;

  JdbiLoginAttempts(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public List<Instant> failuresSince(String key, Instant since) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select failed_at from login_failures"
                        + " where key = :key and failed_at >= :since order by failed_at")
                .bind("key", key)
                .bind("since", since)
                .map((rs, ctx) -> Rows.instant(rs, "failed_at"))
                .list());
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

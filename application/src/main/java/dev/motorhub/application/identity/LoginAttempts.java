package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.RecentFailures;
import java.time.Instant;

/** Failed logins per throttling key, kept for as long as the throttling window needs them. */
public interface LoginAttempts {
  /**
   * How many failures are recorded for {@code key} at or after {@code since}, the oldest and the
   * latest: a summary, so that an account under attack from many addresses costs one row to read.
   */
  RecentFailures failuresSince(String key, Instant since);

  /** Records a failure and forgets this key's failures older than {@code forgetBefore}. */
  void recordFailure(String key, Instant at, Instant forgetBefore);

  void clear(String key);
}

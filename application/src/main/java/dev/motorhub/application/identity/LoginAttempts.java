package dev.motorhub.application.identity;

import java.time.Instant;
import java.util.List;

/** Failed logins per throttling key, kept for as long as the throttling window needs them. */
public interface LoginAttempts {
  /** The failures recorded for {@code key} at or after {@code since}, oldest first. */
  List<Instant> failuresSince(String key, Instant since);

  /** Records a failure and forgets this key's failures older than {@code forgetBefore}. */
  void recordFailure(String key, Instant at, Instant forgetBefore);

  void clear(String key);
}

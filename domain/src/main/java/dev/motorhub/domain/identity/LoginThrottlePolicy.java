package dev.motorhub.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When repeated failed logins pause further attempts: {@code maxFailures} failures within {@code
 * window} for one key pause that key until the oldest of them leaves the window. Pauses end by
 * themselves, so a real owner is never locked out for good.
 */
public record LoginThrottlePolicy(int maxFailures, Duration window) {

  /** Five failures in fifteen minutes for one username from one client address. */
  public static final LoginThrottlePolicy PER_USERNAME_AND_ADDRESS =
      new LoginThrottlePolicy(5, Duration.ofMinutes(15));

  /** Twenty failures in fifteen minutes for one username from anywhere. */
  public static final LoginThrottlePolicy PER_USERNAME =
      new LoginThrottlePolicy(20, Duration.ofMinutes(15));

  /** Failures older than this no longer count. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /** How long to wait, given the failures recorded since {@link #windowStart}, oldest first. */
  public Optional<Duration> pause(List<Instant> recentFailures, Instant now) {
    if (recentFailures.size() < maxFailures) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, recentFailures.getFirst().plus(window));
    return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
  }
}

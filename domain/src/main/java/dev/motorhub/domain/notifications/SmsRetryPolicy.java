package dev.motorhub.domain.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a text message whose attempt failed is tried again: after {@code base}, doubling with each
 * attempt up to {@code cap}, less a jitter of up to a fifth that is fixed per message (taken from
 * its id), so that a burst of failures does not come back as one burst and a test with a fixed
 * clock still knows when each retry is due; after {@code maxAttempts} attempts, never.
 */
public record SmsRetryPolicy(int maxAttempts, Duration base, Duration cap) {
  public SmsRetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("base must be positive and cap at least base");
    }
  }

  /** Eight attempts, 30 seconds after the first failure, doubling up to an hour. */
  public static SmsRetryPolicy defaults() {
    return new SmsRetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1));
  }

  /** The backoff after the {@code attempts}-th failed attempt, before the jitter. */
  public Duration backoff(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 40));
    Duration delay = base;
    for (int i = 0; i < doublings && delay.compareTo(cap) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  /** When {@code message}, whose attempt just failed at {@code now}, is due again; empty: never. */
  public Optional<Instant> nextAttempt(SmsMessage message, Instant now) {
    if (message.attempts() >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = backoff(message.attempts());
    long fifth = delay.toMillis() / 5;
    long jitter = fifth == 0 ? 0 : Math.floorMod(message.id().value().hashCode(), fifth + 1);
    return Optional.of(now.plus(delay).minusMillis(jitter));
  }

  /**
   * {@code message} after its attempt failed at {@code now} with {@code error}: due again after the
   * backoff, or failed for good after its last attempt.
   */
  public SmsMessage afterFailure(
      SmsMessage message, String error, Optional<SmsReceipt> answer, Instant now) {
    return nextAttempt(message, now)
        .map(next -> message.retryAt(error, next, now))
        .orElseGet(
            () ->
                message.fail(
                    "Gave up after " + message.attempts() + " attempts: " + error, answer, now));
  }
}

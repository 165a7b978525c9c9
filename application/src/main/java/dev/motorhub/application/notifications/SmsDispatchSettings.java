package dev.motorhub.application.notifications;

import dev.motorhub.domain.notifications.SmsRetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link DispatchSms} works through the outbox: how many messages one call claims, how long its
 * claim on them lasts (a dispatcher that stops mid-run leaves them to others once it lapses; it
 * must be at least twice the gateway's longest send, since a dispatcher sends only while more than
 * half of it is left), and when a failed attempt is tried again.
 */
public record SmsDispatchSettings(int batchSize, Duration lease, SmsRetryPolicy retries) {
  public SmsDispatchSettings {
    if (batchSize < 1 || batchSize > 1000) {
      throw new IllegalArgumentException("batchSize must be between 1 and 1000");
    }
    Objects.requireNonNull(lease, "lease");
    if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("lease must be at least a second");
    }
    Objects.requireNonNull(retries, "retries");
  }

  /** Fifty a call, a two-minute claim, {@link SmsRetryPolicy#defaults()}. */
  public static SmsDispatchSettings defaults() {
    return new SmsDispatchSettings(50, Duration.ofMinutes(2), SmsRetryPolicy.defaults());
  }

  public SmsDispatchSettings withRetries(SmsRetryPolicy retries) {
    return new SmsDispatchSettings(batchSize, lease, retries);
  }
}

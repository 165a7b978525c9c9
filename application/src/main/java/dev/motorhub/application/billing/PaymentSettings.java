package dev.motorhub.application.billing;

import java.time.Duration;

/**
 * How pending payments are resolved: {@code checkAfter} how long a payment stays pending before the
 * sweep asks the provider about it (and again between two questions), {@code giveUpAfter} how long
 * after it was made a payment the provider never heard of is failed and its amount released, and
 * {@code batchSize} how many payments the sweep claims at a time.
 */
public record PaymentSettings(Duration checkAfter, Duration giveUpAfter, int batchSize) {
  public PaymentSettings {
    if (checkAfter.isNegative() || checkAfter.isZero()) {
      throw new IllegalArgumentException("checkAfter must be positive");
    }
    if (giveUpAfter.compareTo(checkAfter) < 0) {
      throw new IllegalArgumentException("giveUpAfter must be at least checkAfter");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
  }

  /** A minute before the first question, an hour before giving up, batches of 100. */
  public static PaymentSettings defaults() {
    return new PaymentSettings(Duration.ofSeconds(60), Duration.ofHours(1), 100);
  }
}

package dev.motorhub.application.shared;

import java.time.Duration;
import java.util.Currency;
import java.util.Objects;

/**
 * The platform's tunable rules: the currency money is kept in, how long access tokens live, and how
 * long a sign-in session lasts without a fresh login.
 */
public record CoreSettings(Currency currency, Duration accessTokenTtl, Duration sessionTtl) {
  public CoreSettings {
    Objects.requireNonNull(currency, "currency");
    if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
      throw new IllegalArgumentException("accessTokenTtl must be positive");
    }
    if (sessionTtl.compareTo(accessTokenTtl) < 0) {
      throw new IllegalArgumentException("sessionTtl must be at least accessTokenTtl");
    }
  }

  /** USD, one-hour access tokens, thirty-day sessions. */
  public static CoreSettings defaults() {
    return new CoreSettings(Currency.getInstance("USD"), Duration.ofHours(1), Duration.ofDays(30));
  }
}

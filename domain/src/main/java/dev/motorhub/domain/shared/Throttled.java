package dev.motorhub.domain.shared;

import java.time.Duration;

/** Too many attempts in a short time; the caller may try again after {@link #retryAfter()}. */
public final class Throttled extends Failure {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public Throttled(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public String code() {
    return "throttled";
  }
}

package dev.motorhub.domain.shared;

import java.time.Duration;

/**
 * Something the platform depends on, such as its database, cannot serve right now. The unit of work
 * was not done and nothing of it was kept; the caller may try again after {@link #retryAfter()}.
 */
public final class Unavailable extends Failure {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public Unavailable(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public String code() {
    return "unavailable";
  }
}

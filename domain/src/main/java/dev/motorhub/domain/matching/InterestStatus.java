package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;

/**
 * Where an interest stands: waiting for the seller, accepted (a mutual match), declined, or closed
 * unanswered because its trade closed or was cancelled.
 */
public enum InterestStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  CLOSED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status a client names, or invalid input on {@code field}. */
  public static InterestStatus parse(String text, String field) {
    for (InterestStatus s : values()) {
      if (s.wire().equals(text.strip())) {
        return s;
      }
    }
    throw InvalidInput.of(field, "Select a valid choice: pending, accepted, declined or closed.");
  }
}

package dev.motorhub.domain.notifications;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a text message in the SMS outbox. */
public record SmsId(UUID value) {
  public SmsId {
    Objects.requireNonNull(value, "value");
  }

  public static SmsId parse(String text, String field) {
    try {
      return new SmsId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

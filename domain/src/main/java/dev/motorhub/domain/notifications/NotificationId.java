package dev.motorhub.domain.notifications;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies an in-app notification. */
public record NotificationId(UUID value) {
  public NotificationId {
    Objects.requireNonNull(value, "value");
  }

  public static NotificationId parse(String text, String field) {
    try {
      return new NotificationId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

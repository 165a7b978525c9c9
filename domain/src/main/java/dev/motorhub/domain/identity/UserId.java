package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a user account. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses an id as a client sends it; anything but a UUID is invalid input for {@code field}. */
  public static UserId parse(String text, String field) {
    try {
      return new UserId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

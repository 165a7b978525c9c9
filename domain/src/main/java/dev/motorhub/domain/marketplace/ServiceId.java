package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a service the marketplace offers. */
public record ServiceId(UUID value) {
  public ServiceId {
    Objects.requireNonNull(value, "value");
  }

  public static ServiceId parse(String text, String field) {
    try {
      return new ServiceId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

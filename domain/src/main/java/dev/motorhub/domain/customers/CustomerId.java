package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a customer profile. */
public record CustomerId(UUID value) {
  public CustomerId {
    Objects.requireNonNull(value, "value");
  }

  public static CustomerId parse(String text, String field) {
    try {
      return new CustomerId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

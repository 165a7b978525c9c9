package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a way to reach a customer or a lead. */
public record ContactId(UUID value) {
  public ContactId {
    Objects.requireNonNull(value, "value");
  }

  public static ContactId parse(String text, String field) {
    try {
      return new ContactId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

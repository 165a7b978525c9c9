package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a sales lead. */
public record LeadId(UUID value) {
  public LeadId {
    Objects.requireNonNull(value, "value");
  }

  public static LeadId parse(String text, String field) {
    try {
      return new LeadId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

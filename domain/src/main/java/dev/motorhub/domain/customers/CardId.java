package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a payment card on file. */
public record CardId(UUID value) {
  public CardId {
    Objects.requireNonNull(value, "value");
  }

  public static CardId parse(String text, String field) {
    try {
      return new CardId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

package dev.motorhub.domain.billing;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a payment. */
public record PaymentId(UUID value) {
  public PaymentId {
    Objects.requireNonNull(value, "value");
  }

  public static PaymentId parse(String text, String field) {
    try {
      return new PaymentId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

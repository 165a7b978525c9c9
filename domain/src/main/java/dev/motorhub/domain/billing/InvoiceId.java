package dev.motorhub.domain.billing;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice. */
public record InvoiceId(UUID value) {
  public InvoiceId {
    Objects.requireNonNull(value, "value");
  }

  public static InvoiceId parse(String text, String field) {
    try {
      return new InvoiceId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

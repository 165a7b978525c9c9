package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a trade. */
public record TradeId(UUID value) {
  public TradeId {
    Objects.requireNonNull(value, "value");
  }

  public static TradeId parse(String text, String field) {
    try {
      return new TradeId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

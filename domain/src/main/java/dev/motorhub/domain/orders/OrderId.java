package dev.motorhub.domain.orders;

import java.util.Objects;
import java.util.UUID;

/** Identifies an order. */
public record OrderId(UUID value) {
  public OrderId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

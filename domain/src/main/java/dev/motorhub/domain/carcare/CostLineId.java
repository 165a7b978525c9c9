package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.UUID;

/** Identifies a cost line of a service request. */
public record CostLineId(UUID value) {
  public CostLineId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

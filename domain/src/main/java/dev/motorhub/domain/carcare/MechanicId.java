package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.UUID;

/** Identifies a mechanic profile. */
public record MechanicId(UUID value) {
  public MechanicId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

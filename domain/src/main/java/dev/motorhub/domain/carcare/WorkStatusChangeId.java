package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.UUID;

/** Identifies one change of a mechanic's work status. */
public record WorkStatusChangeId(UUID value) {
  public WorkStatusChangeId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

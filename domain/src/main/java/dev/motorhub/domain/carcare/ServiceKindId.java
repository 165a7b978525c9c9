package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.UUID;

/** Identifies a service kind of the workshop's catalogue. */
public record ServiceKindId(UUID value) {
  public ServiceKindId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

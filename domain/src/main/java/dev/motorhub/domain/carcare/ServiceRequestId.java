package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer's service request. */
public record ServiceRequestId(UUID value) {
  public ServiceRequestId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

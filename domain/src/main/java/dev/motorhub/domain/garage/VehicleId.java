package dev.motorhub.domain.garage;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a vehicle. */
public record VehicleId(UUID value) {
  public VehicleId {
    Objects.requireNonNull(value, "value");
  }

  public static VehicleId parse(String text, String field) {
    try {
      return new VehicleId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.UUID;

/** Identifies an attendance record. */
public record AttendanceId(UUID value) {
  public AttendanceId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

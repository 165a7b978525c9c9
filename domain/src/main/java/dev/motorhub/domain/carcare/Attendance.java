package dev.motorhub.domain.carcare;

import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a mechanic was at work on a date: one record a mechanic a date, which a later record for
 * the same date updates (keeping its id). Never for a date still to come ({@link CarCarePolicy}).
 */
public record Attendance(
    AttendanceId id,
    MechanicId mechanic,
    LocalDate date,
    AttendanceStatus status,
    UserId recordedBy,
    Instant recordedAt) {
  public Attendance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mechanic, "mechanic");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public boolean present() {
    return status == AttendanceStatus.PRESENT;
  }
}

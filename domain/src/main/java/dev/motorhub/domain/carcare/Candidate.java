package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.Optional;

/**
 * A mechanic as scheduling sees them for one date: their profile, the attendance recorded that day
 * (if any), how many jobs they hold that day already, and their work status now (if any).
 */
public record Candidate(
    Mechanic mechanic, Optional<AttendanceStatus> attendance, int load, Optional<WorkStatus> now) {
  public Candidate {
    Objects.requireNonNull(mechanic, "mechanic");
    Objects.requireNonNull(attendance, "attendance");
    Objects.requireNonNull(now, "now");
  }

  public boolean hasRoom() {
    return load < mechanic.dailyCapacity();
  }
}

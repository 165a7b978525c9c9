package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.Optional;

/**
 * A mechanic as scheduling sees them for one date: their profile, the attendance recorded that day
 * (if any), and how many jobs they hold that day already.
 */
public record Candidate(Mechanic mechanic, Optional<AttendanceStatus> attendance, int load) {
  public Candidate {
    Objects.requireNonNull(mechanic, "mechanic");
    Objects.requireNonNull(attendance, "attendance");
  }

  public boolean hasRoom() {
    return load < mechanic.dailyCapacity();
  }
}

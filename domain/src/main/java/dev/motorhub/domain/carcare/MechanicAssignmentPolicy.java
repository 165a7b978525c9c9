package dev.motorhub.domain.carcare;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the mechanic for a job of one kind on one date. A candidate fits when they have the
 * specialization, work that day (present when the day is past, present and not {@code off} now when
 * it is today; for a future date, working that weekday) and have capacity left. Of those it prefers
 * the lowest load that day, then more years of experience, then the smaller id, so the same facts
 * always give the same answer. When nobody fits it says why, from the first check that leaves
 * nobody.
 */
public final class MechanicAssignmentPolicy {
  private static final Comparator<Candidate> PREFERENCE =
      Comparator.comparingInt(Candidate::load)
          .thenComparing(c -> c.mechanic().yearsOfExperience(), Comparator.reverseOrder())
          .thenComparing(c -> c.mechanic().id().value());

  /**
   * The best of {@code candidates} for a job of {@code kind} on {@code date}, seen on {@code
   * today}.
   */
  public Assignment choose(
      ServiceKindCode kind, LocalDate date, LocalDate today, List<Candidate> candidates) {
    List<Candidate> skilled =
        candidates.stream().filter(c -> c.mechanic().specializesIn(kind)).toList();
    if (skilled.isEmpty()) {
      return new Assignment.Unassigned(Assignment.Reason.NO_SPECIALIST);
    }
    List<Candidate> working = skilled.stream().filter(c -> works(c, date, today)).toList();
    if (working.isEmpty()) {
      return new Assignment.Unassigned(Assignment.Reason.NOBODY_WORKING);
    }
    return working.stream()
        .filter(Candidate::hasRoom)
        .min(PREFERENCE)
        .<Assignment>map(c -> new Assignment.Assigned(c.mechanic().id()))
        .orElse(new Assignment.Unassigned(Assignment.Reason.ALL_FULL));
  }

  private static boolean works(Candidate candidate, LocalDate date, LocalDate today) {
    if (date.isAfter(today)) {
      return candidate.mechanic().worksOn(date.getDayOfWeek());
    }
    boolean offNow = date.equals(today) && candidate.now().equals(Optional.of(WorkStatus.OFF));
    return candidate.attendance().equals(Optional.of(AttendanceStatus.PRESENT)) && !offNow;
  }
}

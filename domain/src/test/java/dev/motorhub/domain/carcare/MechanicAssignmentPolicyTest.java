package dev.motorhub.domain.carcare;

import static dev.motorhub.domain.carcare.AttendanceStatus.ABSENT;
import static dev.motorhub.domain.carcare.AttendanceStatus.PRESENT;
import static dev.motorhub.domain.carcare.TestMechanics.BRAKES;
import static dev.motorhub.domain.carcare.TestMechanics.OIL;
import static dev.motorhub.domain.carcare.TestMechanics.mechanic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.carcare.Assignment.Assigned;
import dev.motorhub.domain.carcare.Assignment.Reason;
import dev.motorhub.domain.carcare.Assignment.Unassigned;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The assignment policy as a table: who is there, what they can do, how full they are. */
class MechanicAssignmentPolicyTest {
  /** Today in the table: a Monday. */
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  private static final LocalDate SATURDAY = TODAY.plusDays(5);
  private static final LocalDate NEXT_TUESDAY = TODAY.plusDays(8);

  private final MechanicAssignmentPolicy policy = new MechanicAssignmentPolicy();

  private static Candidate present(Mechanic mechanic, int load) {
    return new Candidate(mechanic, Optional.of(PRESENT), load, Optional.empty());
  }

  private static Candidate absent(Mechanic mechanic) {
    return new Candidate(mechanic, Optional.of(ABSENT), 0, Optional.empty());
  }

  private static Candidate unrecorded(Mechanic mechanic, int load) {
    return new Candidate(mechanic, Optional.empty(), load, Optional.empty());
  }

  static Stream<Arguments> table() {
    Mechanic one = mechanic(1, 5);
    Mechanic two = mechanic(2, 5);
    Mechanic senior = mechanic(3, 20);
    Mechanic brakesOnly = mechanic(4, 30, Set.of(BRAKES), Set.of(DayOfWeek.MONDAY));
    Mechanic weekender = mechanic(5, 1, Set.of(OIL), Set.of(DayOfWeek.SATURDAY));
    return Stream.of(
        Arguments.of("nobody at all", TODAY, List.of(), new Unassigned(Reason.NO_SPECIALIST)),
        Arguments.of(
            "wrong specialization",
            TODAY,
            List.of(present(brakesOnly, 0)),
            new Unassigned(Reason.NO_SPECIALIST)),
        Arguments.of(
            "absent today", TODAY, List.of(absent(one)), new Unassigned(Reason.NOBODY_WORKING)),
        Arguments.of(
            "no attendance recorded today",
            TODAY,
            List.of(unrecorded(one, 0)),
            new Unassigned(Reason.NOBODY_WORKING)),
        Arguments.of(
            "future date, not a working day",
            SATURDAY,
            List.of(unrecorded(one, 0)),
            new Unassigned(Reason.NOBODY_WORKING)),
        Arguments.of(
            "future date, a working day",
            SATURDAY,
            List.of(unrecorded(one, 0), unrecorded(weekender, 1)),
            new Assigned(weekender.id())),
        Arguments.of(
            "present but off now",
            TODAY,
            List.of(new Candidate(one, Optional.of(PRESENT), 0, Optional.of(WorkStatus.OFF))),
            new Unassigned(Reason.NOBODY_WORKING)),
        Arguments.of(
            "busy now still takes jobs",
            TODAY,
            List.of(new Candidate(one, Optional.of(PRESENT), 1, Optional.of(WorkStatus.BUSY))),
            new Assigned(one.id())),
        Arguments.of(
            "full capacity", TODAY, List.of(present(one, 2)), new Unassigned(Reason.ALL_FULL)),
        Arguments.of(
            "the one with room left",
            TODAY,
            List.of(present(one, 2), present(two, 1)),
            new Assigned(two.id())),
        Arguments.of(
            "lowest load first, before experience",
            NEXT_TUESDAY,
            List.of(unrecorded(senior, 1), unrecorded(one, 0)),
            new Assigned(one.id())),
        Arguments.of(
            "equal load: more experience",
            TODAY,
            List.of(present(one, 1), present(senior, 1)),
            new Assigned(senior.id())),
        Arguments.of(
            "equal load and experience: the smaller id",
            TODAY,
            List.of(present(two, 0), present(one, 0)),
            new Assigned(one.id())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void choosesAsTheTableSays(
      String situation, LocalDate date, List<Candidate> candidates, Assignment expected) {
    assertThat(policy.choose(OIL, date, TODAY, candidates)).isEqualTo(expected);
  }
}

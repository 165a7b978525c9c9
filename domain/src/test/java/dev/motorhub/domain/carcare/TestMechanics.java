package dev.motorhub.domain.carcare;

import dev.motorhub.domain.identity.UserId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Mechanics for the car care domain tests, named so their ids sort as their numbers do. */
final class TestMechanics {
  static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
  static final ServiceKindCode OIL = new ServiceKindCode("oil_change");
  static final ServiceKindCode BRAKES = new ServiceKindCode("brake_service");

  private TestMechanics() {}

  /** Mechanic number {@code n}: oil changes, {@code years} of experience, weekdays, capacity 2. */
  static Mechanic mechanic(int n, int years) {
    return mechanic(n, years, Set.of(OIL), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  static Mechanic mechanic(
      int n, int years, Set<ServiceKindCode> kinds, Set<DayOfWeek> workingDays) {
    return new Mechanic(
        new MechanicId(new UUID(0, n)),
        new UserId(new UUID(1, n)),
        "",
        years,
        kinds,
        workingDays,
        2,
        T0,
        T0);
  }
}

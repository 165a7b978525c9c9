package dev.motorhub.domain.carcare;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Text;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A mechanic profile: the trade details of a mechanic-role account, created with it at registration
 * (or by staff) and removed with it. {@code specialization} is the free text the account was
 * registered with; scheduling reads the service kinds of {@code specializations}, the years of
 * experience, the working days of the week and the daily capacity (jobs a day).
 */
public record Mechanic(
    MechanicId id,
    UserId userId,
    String specialization,
    int yearsOfExperience,
    Set<ServiceKindCode> specializations,
    Set<DayOfWeek> workingDays,
    int dailyCapacity,
    Instant createdAt,
    Instant updatedAt) {
  /** Jobs a day a mechanic takes unless said otherwise. */
  public static final int DEFAULT_CAPACITY = 4;

  /** The days a mechanic works unless said otherwise: Monday to Friday. */
  public static final Set<DayOfWeek> WEEKDAYS =
      Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  public Mechanic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    specialization = Text.bounded(specialization, "specialization", 100);
    if (yearsOfExperience < 0 || yearsOfExperience > 80) {
      throw InvalidInput.of("experience_years", "Ensure this value is between 0 and 80.");
    }
    specializations = Set.copyOf(specializations);
    workingDays = Set.copyOf(workingDays);
    if (dailyCapacity < 1 || dailyCapacity > 50) {
      throw InvalidInput.of("daily_capacity", "Ensure this value is between 1 and 50.");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A profile as registration makes it: no service kinds yet, weekdays, the default capacity. */
  public Mechanic(
      MechanicId id,
      UserId userId,
      String specialization,
      int yearsOfExperience,
      Instant createdAt,
      Instant updatedAt) {
    this(
        id,
        userId,
        specialization,
        yearsOfExperience,
        Set.of(),
        WEEKDAYS,
        DEFAULT_CAPACITY,
        createdAt,
        updatedAt);
  }

  public boolean specializesIn(ServiceKindCode kind) {
    return specializations.contains(kind);
  }

  public boolean worksOn(DayOfWeek day) {
    return workingDays.contains(day);
  }

  /** The same mechanic with {@code skills} revised at {@code now}. */
  public Mechanic withSkills(MechanicSkills skills, Instant now) {
    return new Mechanic(
        id,
        userId,
        skills.specialization(),
        skills.yearsOfExperience(),
        skills.specializations(),
        skills.workingDays(),
        skills.dailyCapacity(),
        createdAt,
        now);
  }
}

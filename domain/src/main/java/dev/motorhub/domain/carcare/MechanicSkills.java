package dev.motorhub.domain.carcare;

import java.time.DayOfWeek;
import java.util.Set;

/** What staff (or the mechanic) set on a profile: trade, experience, week and daily capacity. */
public record MechanicSkills(
    String specialization,
    int yearsOfExperience,
    Set<ServiceKindCode> specializations,
    Set<DayOfWeek> workingDays,
    int dailyCapacity) {
  public MechanicSkills {
    specializations = Set.copyOf(specializations);
    workingDays = Set.copyOf(workingDays);
  }
}

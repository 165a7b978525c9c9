package dev.motorhub.adapters.http.web;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicSkills;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A mechanic's skills as a body changes them: the fields present replace the profile's, the absent
 * ones stay as they are; every field of the wrong shape is named at once.
 */
public final class MechanicForms {
  private static final String DAYS =
      "Select valid choices: monday, tuesday, wednesday, thursday, friday, saturday, sunday.";

  private MechanicForms() {}

  /** What a new profile holds unless said otherwise: Monday to Friday, the default capacity. */
  public static final MechanicSkills NEW_PROFILE =
      new MechanicSkills("", 0, Set.of(), Mechanic.WEEKDAYS, Mechanic.DEFAULT_CAPACITY);

  public static MechanicSkills skills(Body body, Mechanic current) {
    return skills(
        body,
        new MechanicSkills(
            current.specialization(),
            current.yearsOfExperience(),
            current.specializations(),
            current.workingDays(),
            current.dailyCapacity()));
  }

  public static MechanicSkills skills(Body body, MechanicSkills current) {
    Violations violations = new Violations();
    String specialization = violations.capture(() -> body.text("specialization"));
    Integer years =
        violations.capture(
            () ->
                body.has("experience_years")
                    ? body.integer("experience_years")
                    : body.integer("years_of_experience"));
    Set<ServiceKindCode> kinds = violations.capture(() -> kinds(body.texts("specializations")));
    Set<DayOfWeek> days = violations.capture(() -> days(body.texts("working_days")));
    Integer capacity = violations.capture(() -> body.integer("daily_capacity"));
    violations.throwIfAny();
    return new MechanicSkills(
        specialization == null ? current.specialization() : specialization,
        years == null ? current.yearsOfExperience() : years,
        kinds == null ? current.specializations() : kinds,
        days == null ? current.workingDays() : days,
        capacity == null ? current.dailyCapacity() : capacity);
  }

  private static Set<ServiceKindCode> kinds(List<String> codes) {
    return codes == null
        ? null
        : codes.stream()
            .map(code -> ServiceKindCode.parse(code, "specializations"))
            .collect(Collectors.toSet());
  }

  private static Set<DayOfWeek> days(List<String> names) {
    return names == null
        ? null
        : names.stream().map(MechanicForms::day).collect(Collectors.toSet());
  }

  private static DayOfWeek day(String name) {
    try {
      return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("working_days", DAYS);
    }
  }
}

package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.DateOfBirth;
import dev.motorhub.domain.customers.LeadDetails;
import dev.motorhub.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A lead's details as a client states them, every field raw; a null field stays as it is, an empty
 * date of birth removes it.
 */
public record LeadForm(
    String firstName, String lastName, String source, String notes, String dateOfBirth) {

  /** {@code current} with the fields this form names changed. */
  LeadDetails appliedTo(LeadDetails current) {
    Violations violations = new Violations();
    Optional<LocalDate> dob =
        dateOfBirth == null
            ? current.dateOfBirth()
            : violations.capture(() -> DateOfBirth.parse(dateOfBirth));
    LeadDetails details =
        violations.capture(
            () ->
                new LeadDetails(
                    or(firstName, current.firstName()),
                    or(lastName, current.lastName()),
                    or(source, current.source()),
                    or(notes, current.notes()),
                    dob == null ? Optional.empty() : dob));
    violations.throwIfAny();
    return details;
  }

  private static String or(String value, String current) {
    return value == null ? current : value;
  }
}

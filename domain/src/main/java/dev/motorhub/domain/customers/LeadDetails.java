package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What staff know of a lead: names, where the lead came from, notes and date of birth. */
public record LeadDetails(
    String firstName,
    String lastName,
    String source,
    String notes,
    Optional<LocalDate> dateOfBirth) {

  public LeadDetails {
    firstName = Text.bounded(firstName, "first_name", 150);
    lastName = Text.bounded(lastName, "last_name", 150);
    source = Text.bounded(source, "source", 100);
    notes = Text.bounded(notes, "notes", 2000);
    dateOfBirth = DateOfBirth.sane(Objects.requireNonNull(dateOfBirth, "dateOfBirth"));
  }

  public static LeadDetails none() {
    return new LeadDetails("", "", "", "", Optional.empty());
  }

  public boolean isNamed() {
    return !firstName.isEmpty() || !lastName.isEmpty();
  }
}

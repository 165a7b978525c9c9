package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sales lead: someone staff are talking to who has no account yet, known by a first or last name
 * (at least one), where they came from, notes and perhaps a date of birth, which is never in the
 * future. Only staff see leads. A lead ends in one of two ways: staff delete it, or convert it into
 * a customer, whose account and profile take over its names, date of birth and notes while its
 * contacts move to the new customer.
 */
public record Lead(LeadId id, LeadDetails details, Instant createdAt, Instant updatedAt) {

  public Lead {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new lead; {@code today} guards the date of birth. */
  public static Lead register(LeadId id, LeadDetails details, LocalDate today, Instant at) {
    return new Lead(id, checked(details, today), at, at);
  }

  public Lead revised(LeadDetails newDetails, LocalDate today, Instant at) {
    return new Lead(id, checked(newDetails, today), createdAt, at);
  }

  private static LeadDetails checked(LeadDetails details, LocalDate today) {
    if (!details.isNamed()) {
      throw InvalidInput.of("first_name", "Give the lead a first name or a last name.");
    }
    DateOfBirth.notAfter(details.dateOfBirth(), today);
    return details;
  }
}

package dev.motorhub.domain.customers;

import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A customer profile: the details a customer-role account carries beyond its identity. It is
 * created with the account at registration, belongs to exactly one account, and goes when the
 * account goes (and the reverse). A date of birth is never in the future; the age is computed from
 * it on the day asked, never stored.
 */
public record Customer(
    CustomerId id, UserId userId, CustomerDetails details, Instant createdAt, Instant updatedAt) {

  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(details, "details");
  }

  /** A new profile for {@code userId}; {@code today} guards the date of birth. */
  public static Customer create(
      CustomerId id, UserId userId, CustomerDetails details, LocalDate today, Instant at) {
    return new Customer(id, userId, born(details, today), at, at);
  }

  public Customer withDetails(CustomerDetails newDetails, LocalDate today, Instant at) {
    return new Customer(id, userId, born(newDetails, today), createdAt, at);
  }

  /** Whole years since the date of birth, when it is known. */
  public OptionalInt age(LocalDate today) {
    return details
        .dateOfBirth()
        .map(dob -> OptionalInt.of(Period.between(dob, today).getYears()))
        .orElse(OptionalInt.empty());
  }

  private static CustomerDetails born(CustomerDetails details, LocalDate today) {
    DateOfBirth.notAfter(details.dateOfBirth(), today);
    return details;
  }
}

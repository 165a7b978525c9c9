package dev.motorhub.application.customers;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A search for customers as a client states it: parts of names or job, an exact age or phone, and
 * the kind ({@code account} or {@code standalone}; both when absent).
 */
public record CustomerQuery(
    String firstName, String lastName, String job, String age, String phone, String kind) {

  /** A search of customers of any kind. */
  public CustomerQuery(String firstName, String lastName, String job, String age, String phone) {
    this(firstName, lastName, job, age, phone, null);
  }

  public static CustomerQuery all() {
    return new CustomerQuery(null, null, null, null, null);
  }

  /** This search, narrowed to customers with an account (the seeds that know no other kind). */
  public CustomerQuery withAccounts() {
    return new CustomerQuery(firstName, lastName, job, age, phone, CustomerKind.ACCOUNT.wire());
  }

  /** The filter for the store, with the age turned into a range of birth dates on {@code today}. */
  CustomerFilter filter(LocalDate today) {
    Optional<Integer> years = Optional.ofNullable(age).filter(a -> !a.isBlank()).map(this::years);
    return new CustomerFilter(
        text(firstName),
        text(lastName),
        text(job),
        text(phone).map(p -> new PhoneNumber(p).value()),
        years.map(y -> today.minusYears(y + 1L).plusDays(1)),
        years.map(y -> today.minusYears(y)),
        text(kind).map(CustomerKind::parse));
  }

  private int years(String text) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value < 0 || value > 150) {
        throw InvalidInput.of("age", "Ensure this value is between 0 and 150.");
      }
      return value;
    } catch (NumberFormatException e) {
      throw InvalidInput.of("age", "A valid integer is required.");
    }
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}

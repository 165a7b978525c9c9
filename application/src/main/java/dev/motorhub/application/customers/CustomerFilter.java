package dev.motorhub.application.customers;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Narrows a list of customers: names and job match any part regardless of case, the phone matches
 * exactly, the date of birth falls within the given bounds (inclusive), and the kind (with an
 * account or standalone) is the one asked for. A standalone customer's name counts as its first
 * name.
 */
public record CustomerFilter(
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<String> job,
    Optional<String> phone,
    Optional<LocalDate> bornFrom,
    Optional<LocalDate> bornTo,
    Optional<CustomerKind> kind) {

  /** A filter of customers of any kind. */
  public CustomerFilter(
      Optional<String> firstName,
      Optional<String> lastName,
      Optional<String> job,
      Optional<String> phone,
      Optional<LocalDate> bornFrom,
      Optional<LocalDate> bornTo) {
    this(firstName, lastName, job, phone, bornFrom, bornTo, Optional.empty());
  }

  public static CustomerFilter none() {
    return new CustomerFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** This filter, narrowed to customers of {@code wanted}. */
  public CustomerFilter ofKind(CustomerKind wanted) {
    return new CustomerFilter(
        firstName, lastName, job, phone, bornFrom, bornTo, Optional.of(wanted));
  }
}

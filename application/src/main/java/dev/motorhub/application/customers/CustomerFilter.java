package dev.motorhub.application.customers;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Narrows a list of customers: names and job match any part regardless of case, the phone matches
 * exactly, and the date of birth falls within the given bounds (inclusive).
 */
public record CustomerFilter(
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<String> job,
    Optional<String> phone,
    Optional<LocalDate> bornFrom,
    Optional<LocalDate> bornTo) {

  public static CustomerFilter none() {
    return new CustomerFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}

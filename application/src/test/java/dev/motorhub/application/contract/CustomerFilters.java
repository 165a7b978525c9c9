package dev.motorhub.application.contract;

import dev.motorhub.application.customers.CustomerFilter;
import java.time.LocalDate;
import java.util.Optional;

/** Builds a customer filter one bound at a time; unset bounds match everything. */
final class CustomerFilters {
  private String firstName;
  private String lastName;
  private String job;
  private String phone;
  private LocalDate bornFrom;
  private LocalDate bornTo;

  CustomerFilters firstName(String part) {
    firstName = part;
    return this;
  }

  CustomerFilters lastName(String part) {
    lastName = part;
    return this;
  }

  CustomerFilters job(String part) {
    job = part;
    return this;
  }

  CustomerFilters phone(String number) {
    phone = number;
    return this;
  }

  CustomerFilters bornFrom(LocalDate from) {
    bornFrom = from;
    return this;
  }

  CustomerFilters bornTo(LocalDate to) {
    bornTo = to;
    return this;
  }

  CustomerFilter build() {
    return new CustomerFilter(
        Optional.ofNullable(firstName),
        Optional.ofNullable(lastName),
        Optional.ofNullable(job),
        Optional.ofNullable(phone),
        Optional.ofNullable(bornFrom),
        Optional.ofNullable(bornTo));
  }
}

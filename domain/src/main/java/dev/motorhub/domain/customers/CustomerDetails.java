package dev.motorhub.domain.customers;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What a customer tells about themselves: job, notes, date of birth, address and phone. */
public record CustomerDetails(
    String job,
    String notes,
    Optional<LocalDate> dateOfBirth,
    String address,
    String city,
    String state,
    String zipCode,
    Optional<PhoneNumber> phone) {

  public CustomerDetails {
    job = Text.bounded(job, "job", 200);
    notes = Text.bounded(notes, "notes", 2000);
    dateOfBirth = DateOfBirth.sane(Objects.requireNonNull(dateOfBirth, "dateOfBirth"));
    address = Text.bounded(address, "address", 300);
    city = Text.bounded(city, "city", 100);
    state = Text.bounded(state, "state", 100);
    zipCode = Text.bounded(zipCode, "zip_code", 20);
    Objects.requireNonNull(phone, "phone");
  }

  /** These details with another phone (or none). */
  public CustomerDetails withPhone(Optional<PhoneNumber> newPhone) {
    return new CustomerDetails(job, notes, dateOfBirth, address, city, state, zipCode, newPhone);
  }

  public static CustomerDetails none() {
    return new CustomerDetails("", "", Optional.empty(), "", "", "", "", Optional.empty());
  }
}

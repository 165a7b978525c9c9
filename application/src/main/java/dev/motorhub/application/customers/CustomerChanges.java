package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.customers.DateOfBirth;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Changes to a customer profile as a client states them; a null field stays as it is. First and
 * last names change on the account the profile belongs to; {@code name} is a standalone customer's
 * own. An empty date of birth or phone removes it (a standalone customer keeps a phone).
 */
public record CustomerChanges(
    String firstName,
    String lastName,
    String job,
    String notes,
    String dateOfBirth,
    String address,
    String city,
    String state,
    String zipCode,
    String phone,
    String name) {

  /** Changes that leave a standalone customer's name as it is. */
  public CustomerChanges(
      String firstName,
      String lastName,
      String job,
      String notes,
      String dateOfBirth,
      String address,
      String city,
      String state,
      String zipCode,
      String phone) {
    this(firstName, lastName, job, notes, dateOfBirth, address, city, state, zipCode, phone, null);
  }

  /** No change at all. */
  public static CustomerChanges none() {
    return new CustomerChanges(null, null, null, null, null, null, null, null, null, null);
  }

  /** A standalone customer's new name and phone (either may be null: unchanged). */
  public static CustomerChanges standalone(String name, String phone) {
    return new CustomerChanges(null, null, null, null, null, null, null, null, null, phone, name);
  }

  /** Whether the names on the profile's account change. */
  public boolean changesAccountNames() {
    return firstName != null || lastName != null;
  }

  /** A new address, and nothing else. */
  public static CustomerChanges address(String address) {
    return new CustomerChanges(null, null, null, null, null, address, null, null, null, null);
  }

  /** Whether a field of the profile itself changes (the names are the account's). */
  public boolean changesProfile() {
    return job != null
        || notes != null
        || dateOfBirth != null
        || address != null
        || city != null
        || state != null
        || zipCode != null
        || phone != null;
  }

  /** The profile's {@code current} details with these changes; every bad field is named at once. */
  public CustomerDetails applyTo(CustomerDetails current) {
    Violations violations = new Violations();
    Optional<LocalDate> dob =
        dateOfBirth == null
            ? current.dateOfBirth()
            : violations.capture(() -> DateOfBirth.parse(dateOfBirth));
    Optional<PhoneNumber> newPhone =
        phone == null
            ? current.phone()
            : violations.capture(
                () -> phone.isBlank() ? Optional.empty() : Optional.of(new PhoneNumber(phone)));
    CustomerDetails changed =
        dob == null || newPhone == null
            ? null
            : violations.capture(
                () ->
                    new CustomerDetails(
                        or(job, current.job()),
                        or(notes, current.notes()),
                        dob,
                        or(address, current.address()),
                        or(city, current.city()),
                        or(state, current.state()),
                        or(zipCode, current.zipCode()),
                        newPhone));
    violations.throwIfAny();
    return changed;
  }

  private static String or(String value, String current) {
    return value == null ? current : value;
  }
}

package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.InvalidInput;
import java.util.Optional;

/**
 * A contact as a client states it, every field raw: its owner ({@code customer_id} or {@code
 * lead_id}), an email or a phone number, and a note. A null field is left out.
 */
public record ContactForm(
    String customerId, String leadId, String email, String phone, String note) {

  ContactQuery owner() {
    return new ContactQuery(customerId, leadId);
  }

  /** The email or the phone number, if the form gives one; giving both is invalid input. */
  Optional<ContactPoint> point() {
    boolean byEmail = ContactQuery.present(email);
    boolean byPhone = ContactQuery.present(phone);
    if (byEmail && byPhone) {
      throw InvalidInput.of(
          "phone_number", "A contact is an email or a phone number, not both: add one of each.");
    }
    if (byEmail) {
      return Optional.of(new ContactPoint.ByEmail(new Email(email)));
    }
    if (byPhone) {
      return Optional.of(new ContactPoint.ByPhone(new PhoneNumber(phone)));
    }
    if (email != null || phone != null) {
      throw InvalidInput.of(email != null ? "email" : "phone_number", "This field is required.");
    }
    return Optional.empty();
  }
}

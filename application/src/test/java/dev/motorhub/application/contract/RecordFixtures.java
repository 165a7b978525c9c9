package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;

import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadDetails;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.UserId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** The cards, leads and contacts the port contracts store, made as {@link Fixtures} makes users. */
public final class RecordFixtures {
  private RecordFixtures() {}

  /** A Visa card of {@code owner} with the given last digits and fingerprint. */
  public static CreditCard card(UserId owner, String last4, String fingerprint) {
    return new CreditCard(
        new CardId(Fixtures.nextId()),
        owner,
        CardBrand.VISA,
        last4,
        YearMonth.of(2030, 12),
        "Alice Wanjiku",
        fingerprint,
        T0);
  }

  /** A lead with these names and source, no notes and no date of birth. */
  public static Lead lead(String firstName, String lastName, String source) {
    return lead(new LeadDetails(firstName, lastName, source, "", Optional.empty()));
  }

  public static Lead lead(LeadDetails details) {
    return new Lead(new LeadId(Fixtures.nextId()), details, T0, T0);
  }

  public static LeadDetails details(String first, String last, String source, LocalDate dob) {
    return new LeadDetails(first, last, source, "Met at the motor show.", Optional.ofNullable(dob));
  }

  public static Contact emailOf(CustomerId customer, String email) {
    return contact(new ContactOwner.OfCustomer(customer), email(email));
  }

  public static Contact phoneOf(LeadId lead, String phone) {
    return contact(new ContactOwner.OfLead(lead), phone(phone));
  }

  public static Contact contact(ContactOwner owner, ContactPoint point) {
    return Contact.create(new ContactId(Fixtures.nextId()), owner, point, "Mornings", T0);
  }

  public static ContactPoint email(String email) {
    return new ContactPoint.ByEmail(new Email(email));
  }

  public static ContactPoint phone(String phone) {
    return new ContactPoint.ByPhone(new PhoneNumber(phone));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.customers.Lead;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON shapes of payment cards, leads and contacts. A card shows what is kept of it and nothing
 * more: never a number, a security code or the fingerprint.
 */
final class RecordViews {
  private RecordViews() {}

  /** A payment card as kept. */
  record CardView(
      String id,
      String ownerId,
      String brand,
      String last4,
      int expMonth,
      int expYear,
      String holder,
      Instant createdAt) {}

  /** A sales lead. */
  record LeadView(
      String id,
      String firstName,
      String lastName,
      String source,
      String notes,
      LocalDate dob,
      Instant createdAt,
      Instant updatedAt) {}

  /** A contact: one of its owner ids and one of its points is set, as {@code kind} says. */
  record ContactView(
      String id,
      String customerId,
      String leadId,
      String kind,
      String email,
      String phoneNumber,
      String note,
      Instant createdAt,
      Instant updatedAt) {}

  static CardView card(CreditCard card) {
    return new CardView(
        card.id().toString(),
        card.owner().toString(),
        card.brand().wire(),
        card.last4(),
        card.expiry().getMonthValue(),
        card.expiry().getYear(),
        card.holder(),
        card.createdAt());
  }

  static LeadView lead(Lead lead) {
    var details = lead.details();
    return new LeadView(
        lead.id().toString(),
        details.firstName(),
        details.lastName(),
        details.source(),
        details.notes(),
        details.dateOfBirth().orElse(null),
        lead.createdAt(),
        lead.updatedAt());
  }

  static ContactView contact(Contact contact) {
    String customer =
        contact.owner() instanceof ContactOwner.OfCustomer c ? c.customer().toString() : null;
    String lead = contact.owner() instanceof ContactOwner.OfLead l ? l.lead().toString() : null;
    String email = contact.point() instanceof ContactPoint.ByEmail e ? e.email().value() : null;
    String phone = contact.point() instanceof ContactPoint.ByPhone p ? p.phone().value() : null;
    return new ContactView(
        contact.id().toString(),
        customer,
        lead,
        contact.point().kind(),
        email,
        phone,
        contact.note(),
        contact.createdAt(),
        contact.updatedAt());
  }
}

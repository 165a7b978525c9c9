package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact: one way to reach a customer or a sales lead (an email or a phone number) and a note
 * about it, such as "office, mornings only". It belongs to exactly one owner for its whole life,
 * with one exception: when a lead becomes a customer, the lead's contacts move to the new customer.
 * It goes when its owner goes.
 */
public record Contact(
    ContactId id,
    ContactOwner owner,
    ContactPoint point,
    String note,
    Instant createdAt,
    Instant updatedAt) {

  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(point, "point");
    note = Text.bounded(note, "note", 500);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static Contact create(
      ContactId id, ContactOwner owner, ContactPoint point, String note, Instant at) {
    return new Contact(id, owner, point, note, at, at);
  }

  public Contact revised(ContactPoint newPoint, String newNote, Instant at) {
    return new Contact(id, owner, newPoint, newNote, createdAt, at);
  }

  /** The same contact on a customer's file, for a lead that became that customer. */
  public Contact movedTo(CustomerId customer, Instant at) {
    return new Contact(id, new ContactOwner.OfCustomer(customer), point, note, createdAt, at);
  }
}

package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.shared.Text;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Whoever manages a contact changes its email or phone and its note; it stays with its owner. What
 * is left out stays as it is.
 */
public final class UpdateContact {
  /** Who asks, which contact, and the new point of contact and note, where given. */
  public record Command(
      Principal principal, ContactId contact, Optional<ContactPoint> point, Optional<String> note) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(contact, "contact");
      Objects.requireNonNull(point, "point");
      note = note.map(n -> Text.bounded(n, "note", 500));
    }

    /** Reads the changes as a client states them; a contact's owner cannot change. */
    public static Command of(Principal principal, ContactId contact, ContactForm form) {
      Violations violations = new Violations();
      if (form.owner().namesAnOwner()) {
        violations.add(
            ContactQuery.present(form.customerId()) ? "customer_id" : "lead_id",
            "A contact stays with its owner; add a new contact instead.");
      }
      Optional<ContactPoint> point = violations.capture(form::point);
      Optional<String> note =
          violations.capture(
              () -> Optional.ofNullable(form.note()).map(n -> Text.bounded(n, "note", 500)));
      violations.throwIfAny();
      return new Command(principal, contact, point, note);
    }
  }

  private final Transactions tx;
  private final ContactRepository contacts;
  private final VisibleContacts visible;
  private final Clock clock;

  public UpdateContact(
      Transactions tx,
      ContactRepository contacts,
      CustomerRepository customers,
      CustomerRecordsPolicy policy,
      Clock clock) {
    this.tx = tx;
    this.contacts = contacts;
    this.visible = new VisibleContacts(contacts, customers, policy);
    this.clock = clock;
  }

  public Contact update(Command command) {
    return tx.inTransaction(
        () -> {
          Contact contact = visible.find(command.principal().actor(), command.contact());
          Contact revised =
              contact.revised(
                  command.point().orElse(contact.point()),
                  command.note().orElse(contact.note()),
                  clock.instant());
          contacts.update(revised);
          return revised;
        });
  }
}

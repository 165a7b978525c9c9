package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.ContactPoint;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Text;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer adds a contact to their own file, or staff add one to a customer's or a lead's. A
 * customer who names no owner adds to their own file; staff always name one.
 */
public final class AddContact {
  /** Who asks, whose contact it is (when named), the email or phone, and the note. */
  public record Command(
      Principal principal, Optional<ContactOwner> owner, ContactPoint point, String note) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(point, "point");
      note = Text.bounded(note, "note", 500);
    }

    /** Reads a contact as a client states it, naming every bad field at once. */
    public static Command of(Principal principal, ContactForm form) {
      Violations violations = new Violations();
      Optional<ContactOwner> owner = violations.capture(() -> form.owner().owner());
      Optional<ContactPoint> point = violations.capture(form::point);
      if (point != null && point.isEmpty()) {
        violations.add("email", "Give an email or a phone_number.");
      }
      String note = violations.capture(() -> Text.bounded(form.note(), "note", 500));
      violations.throwIfAny();
      return new Command(principal, owner, point.orElseThrow(), note);
    }
  }

  private final Transactions tx;
  private final ContactRepository contacts;
  private final CustomerRepository customers;
  private final LeadRepository leads;
  private final CustomerRecordsPolicy policy;
  private final VisibleContacts visible;
  private final IdGenerator ids;
  private final Clock clock;

  public AddContact(
      Transactions tx,
      ContactRepository contacts,
      CustomerRepository customers,
      LeadRepository leads,
      CustomerRecordsPolicy policy,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.contacts = contacts;
    this.customers = customers;
    this.leads = leads;
    this.policy = policy;
    this.visible = new VisibleContacts(contacts, customers, policy);
    this.ids = ids;
    this.clock = clock;
  }

  public Contact add(Command command) {
    Actor actor = command.principal().actor();
    return tx.inTransaction(
        () -> {
          Optional<CustomerId> own = visible.ownProfile(actor);
          AccessPolicy.require(
              policy.mayListContacts(actor, own),
              "Only staff and accounts with a customer profile keep contacts.");
          ContactOwner owner =
              command
                  .owner()
                  .or(() -> own.map(ContactOwner.OfCustomer::new))
                  .orElseThrow(
                      () -> InvalidInput.of("customer_id", "Name the customer_id or the lead_id."));
          requireExisting(actor, own, owner);
          Contact contact =
              Contact.create(
                  new ContactId(ids.next()),
                  owner,
                  command.point(),
                  command.note(),
                  clock.instant());
          contacts.add(contact);
          return contact;
        });
  }

  /** Refuses an owner the actor may not add to (a lead) or that is not there for them. */
  private void requireExisting(Actor actor, Optional<CustomerId> own, ContactOwner owner) {
    boolean allowed = policy.mayManageContactsOf(actor, own, owner);
    switch (owner) {
      case ContactOwner.OfLead lead -> {
        AccessPolicy.require(allowed, "Only staff manage the contacts of leads.");
        if (leads.findById(lead.lead()).isEmpty()) {
          throw InvalidInput.of("lead_id", "The selected lead does not exist.");
        }
      }
      case ContactOwner.OfCustomer customer -> {
        if (!allowed || customers.findById(customer.customer()).isEmpty()) {
          throw InvalidInput.of("customer_id", "The selected customer does not exist.");
        }
      }
    }
  }
}

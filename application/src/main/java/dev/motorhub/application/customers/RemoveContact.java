package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import java.util.Objects;

/** Whoever manages a contact deletes it. */
public final class RemoveContact {
  /** Who asks, and which contact. */
  public record Command(Principal principal, ContactId contact) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(contact, "contact");
    }
  }

  private final Transactions tx;
  private final ContactRepository contacts;
  private final VisibleContacts visible;

  public RemoveContact(
      Transactions tx,
      ContactRepository contacts,
      CustomerRepository customers,
      CustomerRecordsPolicy policy) {
    this.tx = tx;
    this.contacts = contacts;
    this.visible = new VisibleContacts(contacts, customers, policy);
  }

  public void remove(Command command) {
    tx.run(
        () -> contacts.delete(visible.find(command.principal().actor(), command.contact()).id()));
  }
}

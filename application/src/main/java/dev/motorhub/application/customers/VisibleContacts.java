package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.NotFound;
import java.util.Optional;

/** Finds the contacts an actor may see, inside the caller's transaction; others are not found. */
final class VisibleContacts {
  private final ContactRepository contacts;
  private final CustomerRepository customers;
  private final CustomerRecordsPolicy policy;

  VisibleContacts(
      ContactRepository contacts, CustomerRepository customers, CustomerRecordsPolicy policy) {
    this.contacts = contacts;
    this.customers = customers;
    this.policy = policy;
  }

  /** The actor's own customer profile, for accounts that have one. */
  Optional<CustomerId> ownProfile(Actor actor) {
    return customers.findByUser(actor.id()).map(Customer::id);
  }

  Contact find(Actor actor, ContactId id) {
    Optional<CustomerId> own = ownProfile(actor);
    return contacts
        .findById(id)
        .filter(c -> policy.mayManageContactsOf(actor, own, c.owner()))
        .orElseThrow(() -> new NotFound("Contact"));
  }
}

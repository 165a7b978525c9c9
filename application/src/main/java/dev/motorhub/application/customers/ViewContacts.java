package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.ContactId;
import dev.motorhub.domain.customers.ContactOwner;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Reads contacts: a customer their own, staff every customer's and lead's (all of them, or one
 * owner's). A contact the caller may not see is reported as not found.
 */
public final class ViewContacts {
  private final Transactions tx;
  private final ContactRepository contacts;
  private final CustomerRecordsPolicy policy;
  private final VisibleContacts visible;

  public ViewContacts(
      Transactions tx,
      ContactRepository contacts,
      CustomerRepository customers,
      CustomerRecordsPolicy policy) {
    this.tx = tx;
    this.contacts = contacts;
    this.policy = policy;
    this.visible = new VisibleContacts(contacts, customers, policy);
  }

  public Contact get(Principal principal, ContactId id) {
    return tx.read(() -> visible.find(principal.actor(), id));
  }

  /** The contacts of the owner the query names; without one, all (staff) or one's own. */
  public Page<Contact> list(Principal principal, ContactQuery query, PageRequest page) {
    Optional<ContactOwner> named = query.owner();
    Actor actor = principal.actor();
    return tx.read(
        () -> {
          Optional<CustomerId> own = visible.ownProfile(actor);
          AccessPolicy.require(
              policy.mayListContacts(actor, own),
              "Only staff and accounts with a customer profile keep contacts.");
          Optional<ContactOwner> owner =
              named.isPresent() || policy.mayListEveryContact(actor)
                  ? named
                  : own.map(ContactOwner.OfCustomer::new);
          owner.ifPresent(
              o ->
                  AccessPolicy.require(
                      policy.mayManageContactsOf(actor, own, o),
                      "You may list only your own contacts."));
          return contacts.list(owner, page);
        });
  }
}

package dev.motorhub.domain.customers;

import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import java.util.Optional;

/**
 * Who may do what to the records kept on customers, in one place. Customers keep their own payment
 * cards; staff see and remove anyone's but add none. Leads are staff's alone. A customer's contacts
 * are that customer's and staff's; a lead's contacts are staff's. Customers without an account are
 * staff's alone. Whoever may not see a record is told it does not exist.
 */
public final class CustomerRecordsPolicy {

  /**
   * Seeing a customer: the holder of its account, or staff; a customer without an account, staff.
   */
  public boolean mayViewCustomer(Actor actor, Customer customer) {
    return actor.isAdministrative() || customer.account().filter(actor::is).isPresent();
  }

  /** Adding, changing and removing customers who have no account: staff. */
  public boolean mayKeepStandalone(Actor actor) {
    return actor.isAdministrative();
  }

  /** Adding a payment card: a customer, to their own file. */
  public boolean mayAddCard(Actor actor) {
    return actor.role() == Role.CUSTOMER;
  }

  /** Seeing or removing a card: its owner or staff. */
  public boolean maySeeCard(Actor actor, CreditCard card) {
    return actor.is(card.owner()) || actor.isAdministrative();
  }

  /**
   * Listing cards: one's own, or anyone's (or everyone's, when {@code owner} is empty) for staff.
   */
  public boolean mayListCardsOf(Actor actor, Optional<UserId> owner) {
    return actor.isAdministrative() || owner.filter(actor::is).isPresent();
  }

  /** Registering, reading, changing, deleting and converting leads: staff. */
  public boolean mayManageLeads(Actor actor) {
    return actor.isAdministrative();
  }

  /**
   * Seeing and managing the contacts of {@code owner}, for an actor whose own customer profile is
   * {@code ownProfile} (empty for accounts without one).
   */
  public boolean mayManageContactsOf(
      Actor actor, Optional<CustomerId> ownProfile, ContactOwner owner) {
    return actor.isAdministrative()
        || owner instanceof ContactOwner.OfCustomer(CustomerId customer)
            && ownProfile.filter(customer::equals).isPresent();
  }

  /** Listing every customer's and lead's contacts at once: staff. */
  public boolean mayListEveryContact(Actor actor) {
    return actor.isAdministrative();
  }

  /** Listing contacts at all: staff, or a customer (who lists their own). */
  public boolean mayListContacts(Actor actor, Optional<CustomerId> ownProfile) {
    return actor.isAdministrative() || ownProfile.isPresent();
  }
}

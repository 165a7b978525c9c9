package dev.motorhub.domain.orders;

import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.Actor;
import java.util.Optional;

/**
 * Who may do what to orders, in one place: staff place, read, change and remove any; a customer
 * reads the orders placed for their own profile; nobody else sees one (it does not exist for them).
 */
public final class OrdersPolicy {

  /** Placing, changing and removing orders, and keeping customers without an account: staff. */
  public boolean mayManage(Actor actor) {
    return actor.isAdministrative();
  }

  /**
   * Reading an order for {@code customer}, for an actor whose own profile is {@code ownProfile}.
   */
  public boolean mayView(Actor actor, Optional<CustomerId> ownProfile, CustomerId customer) {
    return mayManage(actor) || ownProfile.filter(customer::equals).isPresent();
  }

  /** Listing orders at all: staff (anyone's), or a customer (their own). */
  public boolean mayList(Actor actor, Optional<CustomerId> ownProfile) {
    return mayManage(actor) || ownProfile.isPresent();
  }
}

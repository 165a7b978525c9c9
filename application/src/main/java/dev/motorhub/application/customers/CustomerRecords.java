package dev.motorhub.application.customers;

import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.NotFound;
import java.util.Optional;

/**
 * Reads customers with their accounts inside the caller's transaction, for the customers' own use
 * cases and for the contexts that serve customers (orders); one an actor may not see is not found.
 */
public final class CustomerRecords {
  private final CustomerRepository customers;
  private final UserRepository users;
  private final CustomerRecordsPolicy policy;

  public CustomerRecords(
      CustomerRepository customers, UserRepository users, CustomerRecordsPolicy policy) {
    this.customers = customers;
    this.users = users;
    this.policy = policy;
  }

  /** The customer and its account, if the customer exists. */
  public Optional<CustomerRecord> find(CustomerId id) {
    return customers.findById(id).flatMap(this::withAccount);
  }

  /** The customer, when {@code actor} may see it; {@link NotFound} otherwise. */
  public CustomerRecord visibleTo(Actor actor, CustomerId id) {
    return customers
        .findById(id)
        .filter(c -> policy.mayViewCustomer(actor, c))
        .flatMap(this::withAccount)
        .orElseThrow(() -> new NotFound("Customer"));
  }

  /** The actor's own customer profile, for accounts that have one. */
  public Optional<CustomerId> ownProfile(Actor actor) {
    return customers.findByUser(actor.id()).map(Customer::id);
  }

  private Optional<CustomerRecord> withAccount(Customer customer) {
    return customer
        .account()
        .map(user -> users.findById(user).map(u -> new CustomerRecord(customer, u)))
        .orElseGet(() -> Optional.of(CustomerRecord.standalone(customer)));
  }
}

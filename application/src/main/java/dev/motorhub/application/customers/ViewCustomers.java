package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;

/** Reads customer profiles: one's own, or any for staff; only staff list and search them. */
public final class ViewCustomers {
  private final Transactions tx;
  private final CustomerRepository customers;
  private final UserRepository users;
  private final AccessPolicy access;
  private final Clock clock;

  public ViewCustomers(
      Transactions tx,
      CustomerRepository customers,
      UserRepository users,
      AccessPolicy access,
      Clock clock) {
    this.tx = tx;
    this.customers = customers;
    this.users = users;
    this.access = access;
    this.clock = clock;
  }

  public CustomerRecord get(Principal principal, CustomerId id) {
    return tx.inTransaction(
        () ->
            customers
                .findById(id)
                .filter(c -> access.mayViewProfileOf(principal.actor(), c.userId()))
                .flatMap(c -> users.findById(c.userId()).map(u -> new CustomerRecord(c, u)))
                .orElseThrow(() -> new NotFound("Customer")));
  }

  public Page<CustomerRecord> search(Principal principal, CustomerQuery query, PageRequest page) {
    AccessPolicy.require(
        access.mayList(principal.actor()), "Only staff can list and search customers.");
    CustomerFilter filter = query.filter(LocalDate.now(clock));
    return tx.inTransaction(() -> customers.search(filter, page));
  }
}

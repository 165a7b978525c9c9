package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Reads customers: one's own profile, or any customer (standalone ones included) for staff; only
 * staff list and search them.
 */
public final class ViewCustomers {
  private final Transactions tx;
  private final CustomerRecords records;
  private final CustomerRepository customers;
  private final AccessPolicy access;
  private final Clock clock;

  public ViewCustomers(
      Transactions tx,
      CustomerRecords records,
      CustomerRepository customers,
      AccessPolicy access,
      Clock clock) {
    this.tx = tx;
    this.records = records;
    this.customers = customers;
    this.access = access;
    this.clock = clock;
  }

  public CustomerRecord get(Principal principal, CustomerId id) {
    return tx.read(() -> records.visibleTo(principal.actor(), id));
  }

  /**
   * A customer with an account, for the seeds that know no other kind: a standalone customer is not
   * found there.
   */
  public CustomerRecord getWithAccount(Principal principal, CustomerId id) {
    CustomerRecord record = get(principal, id);
    if (record.account().isEmpty()) {
      throw new NotFound("Customer");
    }
    return record;
  }

  public Page<CustomerRecord> search(Principal principal, CustomerQuery query, PageRequest page) {
    AccessPolicy.require(
        access.mayList(principal.actor()), "Only staff can list and search customers.");
    CustomerFilter filter = query.filter(LocalDate.now(clock));
    return tx.read(() -> customers.search(filter, page));
  }
}

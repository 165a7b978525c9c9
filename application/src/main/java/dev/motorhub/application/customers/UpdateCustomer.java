package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserDetails;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The customer, or staff, change a customer profile and the names on its account. */
public final class UpdateCustomer {
  /** Who asks, which profile, and what changes. */
  public record Command(Principal principal, CustomerId customer, CustomerChanges changes) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(changes, "changes");
    }
  }

  private final Transactions tx;
  private final CustomerRepository customers;
  private final UserRepository users;
  private final AccessPolicy access;
  private final Clock clock;

  public UpdateCustomer(
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

  public CustomerRecord update(Command command) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    CustomerChanges changes = command.changes();
    return tx.inTransaction(
        () -> {
          Customer customer =
              customers
                  .findById(command.customer())
                  .filter(c -> access.mayViewProfileOf(command.principal().actor(), c.userId()))
                  .orElseThrow(() -> new NotFound("Customer"));
          User user = users.findById(customer.userId()).orElseThrow(() -> new NotFound("User"));
          AccessPolicy.require(
              access.mayManage(command.principal().actor(), user),
              "You do not have permission to change this customer.");
          Customer changed = customer.withDetails(changes.applyTo(customer.details()), today, now);
          customers.update(changed);
          if (changes.firstName() != null || changes.lastName() != null) {
            UserDetails current = user.details();
            user =
                users.update(
                    user.withDetails(
                        new UserDetails(
                            current.username(),
                            current.email(),
                            current.phone(),
                            changes.firstName() == null ? current.firstName() : changes.firstName(),
                            changes.lastName() == null ? current.lastName() : changes.lastName()),
                        now));
          }
          return new CustomerRecord(changed, user);
        });
  }
}

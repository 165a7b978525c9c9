package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerName;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserDetails;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The customer, or staff, change a customer profile and the names on its account; staff change a
 * standalone customer's name, phone and details.
 */
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
  private final CustomerRecordsPolicy policy;
  private final Clock clock;

  public UpdateCustomer(
      Transactions tx,
      CustomerRepository customers,
      UserRepository users,
      AccessPolicy access,
      CustomerRecordsPolicy policy,
      Clock clock) {
    this.tx = tx;
    this.customers = customers;
    this.users = users;
    this.access = access;
    this.policy = policy;
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
                  .filter(c -> policy.mayViewCustomer(command.principal().actor(), c))
                  .orElseThrow(() -> new NotFound("Customer"));
          return switch (customer.holder()) {
            case Customer.Holder.Account(UserId user) ->
                updateProfile(command, customer, user, today, now);
            case Customer.Holder.Standalone standalone ->
                updateStandalone(command, customer, today, now);
          };
        });
  }

  private CustomerRecord updateProfile(
      Command command, Customer customer, UserId userId, LocalDate today, Instant now) {
    CustomerChanges changes = command.changes();
    User user = users.findById(userId).orElseThrow(() -> new NotFound("User"));
    AccessPolicy.require(
        access.mayManage(command.principal().actor(), user),
        "You do not have permission to change this customer.");
    if (changes.name() != null) {
      customer.renamed(new CustomerName(changes.name()), now); // refused: the account names it
    }
    Customer changed = customer.withDetails(changes.applyTo(customer.details()), today, now);
    customers.update(changed);
    if (changes.changesAccountNames()) {
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
  }

  private CustomerRecord updateStandalone(
      Command command, Customer customer, LocalDate today, Instant now) {
    CustomerChanges changes = command.changes();
    AccessPolicy.require(
        policy.mayKeepStandalone(command.principal().actor()),
        "You do not have permission to change this customer.");
    if (changes.changesAccountNames()) {
      throw InvalidInput.of(
          changes.firstName() != null ? "first_name" : "last_name",
          "A customer without an account has a name, not first and last names.");
    }
    Customer changed = customer.withDetails(changes.applyTo(customer.details()), today, now);
    if (changes.name() != null) {
      changed = changed.renamed(new CustomerName(changes.name()), now);
    }
    customers.update(changed);
    return CustomerRecord.standalone(changed);
  }
}

package dev.motorhub.application.customers;

import dev.motorhub.application.garage.OwnerImages;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deletes a customer profile and, with it, its account and vehicles: the customer or staff. The
 * vehicles' image files go once the account is gone. Staff delete a standalone customer. A customer
 * with orders is kept, as the orders are (the store refuses with a conflict).
 */
public final class DeleteCustomer {
  /** Who asks, and which profile. */
  public record Command(Principal principal, CustomerId customer) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(customer, "customer");
    }
  }

  private final Transactions tx;
  private final CustomerRepository customers;
  private final UserRepository users;
  private final OwnerImages images;
  private final AccessPolicy access;
  private final CustomerRecordsPolicy policy;

  public DeleteCustomer(
      Transactions tx,
      CustomerRepository customers,
      UserRepository users,
      OwnerImages images,
      AccessPolicy access,
      CustomerRecordsPolicy policy) {
    this.tx = tx;
    this.customers = customers;
    this.users = users;
    this.images = images;
    this.access = access;
    this.policy = policy;
  }

  public void delete(Command command) {
    List<String> abandoned = new ArrayList<>();
    tx.run(
        () -> {
          Customer customer =
              customers
                  .findById(command.customer())
                  .filter(c -> policy.mayViewCustomer(command.principal().actor(), c))
                  .orElseThrow(() -> new NotFound("Customer"));
          switch (customer.holder()) {
            case Customer.Holder.Account(UserId user) -> {
              users
                  .findById(user)
                  .filter(u -> access.mayManage(command.principal().actor(), u))
                  .orElseThrow(() -> forbidden());
              abandoned.addAll(images.of(user));
              customers.delete(customer.id());
              users.delete(user);
            }
            case Customer.Holder.Standalone standalone -> {
              if (!policy.mayKeepStandalone(command.principal().actor())) {
                throw forbidden();
              }
              customers.delete(customer.id());
            }
          }
        });
    images.discard(abandoned);
  }

  private static Forbidden forbidden() {
    return new Forbidden("You do not have permission to delete this customer.");
  }
}

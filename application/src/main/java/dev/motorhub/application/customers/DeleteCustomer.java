package dev.motorhub.application.customers;

import dev.motorhub.application.garage.OwnerImages;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deletes a customer profile and, with it, its account and vehicles: the customer or staff. The
 * vehicles' image files go once the account is gone.
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

  public DeleteCustomer(
      Transactions tx,
      CustomerRepository customers,
      UserRepository users,
      OwnerImages images,
      AccessPolicy access) {
    this.tx = tx;
    this.customers = customers;
    this.users = users;
    this.images = images;
    this.access = access;
  }

  public void delete(Command command) {
    List<String> abandoned = new ArrayList<>();
    tx.run(
        () -> {
          Customer customer =
              customers
                  .findById(command.customer())
                  .filter(c -> access.mayViewProfileOf(command.principal().actor(), c.userId()))
                  .orElseThrow(() -> new NotFound("Customer"));
          users
              .findById(customer.userId())
              .filter(user -> access.mayManage(command.principal().actor(), user))
              .orElseThrow(
                  () -> new Forbidden("You do not have permission to delete this customer."));
          abandoned.addAll(images.of(customer.userId()));
          customers.delete(customer.id());
          users.delete(customer.userId());
        });
    images.discard(abandoned);
  }
}

package dev.motorhub.application.accounts;

import dev.motorhub.application.carcare.MechanicRepository;
import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.application.garage.OwnerImages;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deletes an account with its profiles, sessions and vehicles: the holder, or whoever manages it.
 * The vehicles' image files go once the account is gone.
 */
public final class DeleteAccount {
  /** Who asks, and whose account. */
  public record Command(Principal principal, UserId user) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(user, "user");
    }
  }

  private final Transactions tx;
  private final UserRepository users;
  private final CustomerRepository customers;
  private final MechanicRepository mechanics;
  private final OwnerImages images;
  private final AccessPolicy access;

  public DeleteAccount(
      Transactions tx,
      UserRepository users,
      CustomerRepository customers,
      MechanicRepository mechanics,
      OwnerImages images,
      AccessPolicy access) {
    this.tx = tx;
    this.users = users;
    this.customers = customers;
    this.mechanics = mechanics;
    this.images = images;
    this.access = access;
  }

  public void delete(Command command) {
    List<String> abandoned = new ArrayList<>();
    tx.run(
        () -> {
          User user =
              users
                  .findById(command.user())
                  .filter(u -> access.mayView(command.principal().actor(), u))
                  .orElseThrow(() -> new NotFound("User"));
          AccessPolicy.require(
              access.mayManage(command.principal().actor(), user),
              "You do not have permission to delete this account.");
          abandoned.addAll(images.of(user.id()));
          removeWithProfiles(user.id());
        });
    images.discard(abandoned);
  }

  /**
   * Removes an account and whatever profiles it has (its vehicles go with it); the caller holds the
   * transaction.
   */
  void removeWithProfiles(UserId user) {
    customers.findByUser(user).ifPresent(c -> customers.delete(c.id()));
    mechanics.deleteByUser(user);
    users.delete(user);
  }
}

package dev.motorhub.application.garage;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer registers a vehicle in their garage, or staff register one for a customer. Only
 * customer accounts keep vehicles; the plate must not be registered already; its brand, colour and
 * matchable attributes name values the catalogue has, where it keeps any.
 */
public final class RegisterVehicle {
  /** Who asks, whose garage (the caller's own when empty), and the vehicle. */
  public record Command(Principal principal, Optional<UserId> owner, VehicleForm form) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(form, "form");
    }
  }

  private final Transactions tx;
  private final VehicleRepository vehicles;
  private final UserRepository users;
  private final GaragePolicy policy;
  private final IdGenerator ids;
  private final Clock clock;
  private final AttributeCatalogue catalogue;

  public RegisterVehicle(
      Transactions tx,
      VehicleRepository vehicles,
      UserRepository users,
      GaragePolicy policy,
      IdGenerator ids,
      Clock clock,
      AttributeCatalogue catalogue) {
    this.tx = tx;
    this.vehicles = vehicles;
    this.users = users;
    this.policy = policy;
    this.ids = ids;
    this.clock = clock;
    this.catalogue = catalogue;
  }

  public Vehicle register(Command command) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    VehicleDetails details = command.form().details();
    Actor actor = command.principal().actor();
    UserId ownerId = command.owner().orElse(actor.id());
    return tx.inTransaction(
        () -> {
          User owner =
              users
                  .findById(ownerId)
                  .filter(u -> policy.mayRegisterFor(actor, u))
                  .orElseThrow(() -> new NotFound("User"));
          if (!policy.mayOwnVehicles(owner)) {
            throw new RuleViolated(
                actor.is(owner.id())
                    ? "Only customer accounts keep vehicles; staff register them for a customer."
                    : "Only customer accounts keep vehicles.");
          }
          catalogue.require(CataloguedValues.of(details));
          Vehicle vehicle =
              Vehicle.register(new VehicleId(ids.next()), owner.id(), details, today, now);
          vehicles.add(vehicle);
          return vehicle;
        });
  }
}

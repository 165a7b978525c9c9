package dev.motorhub.application.garage;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.notifications.Change;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The owner, or staff, change a vehicle's details: the fields given change, the others stay. A full
 * replacement must name brand, model, year and plate, as a new vehicle does. A brand, colour or
 * matchable attribute set anew must name a value the catalogue has, where it keeps any (one
 * recorded before stays). A sold vehicle waiting to be handed over refuses every change. The change
 * is queued, so that buyers whose searches the vehicle's open trade now fits are told of it.
 */
public final class UpdateVehicle {
  /** Who asks, which vehicle, the changes, and whether they replace the vehicle's details. */
  public record Command(
      Principal principal, VehicleId vehicle, VehicleForm changes, boolean replace) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(vehicle, "vehicle");
      Objects.requireNonNull(changes, "changes");
    }
  }

  private final Transactions tx;
  private final VehicleRepository vehicles;
  private final GaragePolicy policy;
  private final ChangeLog changes;
  private final Clock clock;
  private final AttributeCatalogue catalogue;

  public UpdateVehicle(
      Transactions tx,
      VehicleRepository vehicles,
      GaragePolicy policy,
      ChangeLog changes,
      Clock clock,
      AttributeCatalogue catalogue) {
    this.tx = tx;
    this.vehicles = vehicles;
    this.policy = policy;
    this.changes = changes;
    this.clock = clock;
    this.catalogue = catalogue;
  }

  public Vehicle update(Command command) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    return tx.inTransaction(
        () -> {
          Vehicle vehicle =
              vehicles
                  .findForUpdate(command.vehicle())
                  .filter(v -> policy.mayManage(command.principal().actor(), v))
                  .orElseThrow(() -> new NotFound("Vehicle"));
          VehicleDetails details = command.changes().over(vehicle.details(), command.replace());
          catalogue.require(CataloguedValues.changed(details, vehicle.details()));
          Vehicle changed = vehicle.withDetails(details, today, now);
          vehicles.update(changed);
          changes.changed(Change.VEHICLE, changed.id().value());
          return changed;
        });
  }
}

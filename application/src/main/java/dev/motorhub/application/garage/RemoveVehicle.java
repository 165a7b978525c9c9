package dev.motorhub.application.garage;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.shared.NotFound;
import java.util.Objects;
import java.util.Optional;

/**
 * The owner, or staff, remove a vehicle from its garage, and its image once that is done. A sold
 * vehicle waiting to be handed over is refused ({@code RuleViolated}); a vehicle that has been
 * traded is kept for the records: the store refuses to delete it ({@code Conflict}), and its image
 * stays.
 */
public final class RemoveVehicle {
  /** Who asks, and which vehicle. */
  public record Command(Principal principal, VehicleId vehicle) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(vehicle, "vehicle");
    }
  }

  private final Transactions tx;
  private final VehicleRepository vehicles;
  private final ImageStore images;
  private final GaragePolicy policy;

  public RemoveVehicle(
      Transactions tx, VehicleRepository vehicles, ImageStore images, GaragePolicy policy) {
    this.tx = tx;
    this.vehicles = vehicles;
    this.images = images;
    this.policy = policy;
  }

  public void remove(Command command) {
    Optional<String> image =
        tx.inTransaction(
            () -> {
              Vehicle vehicle =
                  vehicles
                      .findForUpdate(command.vehicle())
                      .filter(v -> policy.mayManage(command.principal().actor(), v))
                      .orElseThrow(() -> new NotFound("Vehicle"));
              vehicle.requireChangeable();
              vehicles.delete(vehicle.id());
              return vehicle.image();
            });
    image.ifPresent(images::delete);
  }
}

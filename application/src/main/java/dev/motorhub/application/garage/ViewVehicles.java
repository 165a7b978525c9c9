package dev.motorhub.application.garage;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.GaragePolicy;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Reads vehicles: customers their own, staff every garage. A vehicle the caller may not see is not
 * found, so ids cannot be probed; a customer's search never reaches beyond their own garage.
 */
public final class ViewVehicles {
  private final Transactions tx;
  private final VehicleRepository vehicles;
  private final GaragePolicy policy;

  public ViewVehicles(Transactions tx, VehicleRepository vehicles, GaragePolicy policy) {
    this.tx = tx;
    this.vehicles = vehicles;
    this.policy = policy;
  }

  public Vehicle get(Principal principal, VehicleId id) {
    return tx.read(
        () ->
            vehicles
                .findById(id)
                .filter(v -> policy.mayManage(principal.actor(), v))
                .orElseThrow(() -> new NotFound("Vehicle")));
  }

  /** The matching vehicles in id order; for a customer, only their own match. */
  public Page<Vehicle> search(Principal principal, VehicleQuery query, PageRequest page) {
    VehicleFilter filter = query.filter();
    Actor actor = principal.actor();
    if (!policy.mayListAll(actor)) {
      if (filter.owner().isPresent() && !actor.is(filter.owner().get())) {
        return new Page<>(List.of(), Optional.empty());
      }
      filter =
          new VehicleFilter(
              Optional.of(actor.id()),
              filter.brand(),
              filter.model(),
              filter.year(),
              filter.plate());
    }
    VehicleFilter wanted = filter;
    return tx.read(() -> vehicles.search(wanted, page));
  }
}

package dev.motorhub.application.memory;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import java.util.Optional;
import java.util.UUID;

/**
 * The car care records that keep what they name from being deleted, as the database's restricting
 * foreign keys do: a service request keeps its customer, its vehicle and the account of the
 * mechanic it was assigned to.
 */
final class CarCareRecords {
  private final Table<UUID, ServiceRequest> requests;
  private final Table<UUID, Mechanic> mechanics;

  CarCareRecords(Table<UUID, ServiceRequest> requests, Table<UUID, Mechanic> mechanics) {
    this.requests = requests;
    this.mechanics = mechanics;
  }

  /** Whether a service request names the account, as customer or as the mechanic's account. */
  boolean name(UserId user) {
    Optional<Mechanic> profile = mechanics.where(m -> m.userId().equals(user)).stream().findFirst();
    return !requests
        .where(
            r ->
                r.customer().equals(user)
                    || profile.isPresent() && r.mechanic().equals(Optional.of(profile.get().id())))
        .isEmpty();
  }

  /** Whether a service request names the vehicle. */
  boolean name(VehicleId vehicle) {
    return !requests.where(r -> r.details().vehicle().equals(Optional.of(vehicle))).isEmpty();
  }
}

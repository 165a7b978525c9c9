package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.garage.VehicleFilter;
import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Vehicles in memory. Plates are unique; a change holds its vehicle simply because in-memory
 * transactions run one at a time.
 */
final class InMemoryVehicleRepository implements VehicleRepository {
  private final Table<UUID, Vehicle> vehicles;
  private final Predicate<VehicleId> onRecord;

  InMemoryVehicleRepository(Table<UUID, Vehicle> vehicles, Predicate<VehicleId> onRecord) {
    this.vehicles = vehicles;
    this.onRecord = onRecord;
  }

  @Override
  public void add(Vehicle vehicle) {
    refuseTakenPlate(vehicle);
    vehicles.put(vehicle.id().value(), vehicle);
  }

  @Override
  public void update(Vehicle vehicle) {
    refuseTakenPlate(vehicle);
    vehicles.put(vehicle.id().value(), vehicle);
  }

  @Override
  public Optional<Vehicle> findById(VehicleId id) {
    return vehicles.get(id.value());
  }

  @Override
  public Optional<Vehicle> findForUpdate(VehicleId id) {
    return findById(id);
  }

  @Override
  public Page<Vehicle> search(VehicleFilter filter, PageRequest page) {
    return Page.fromFetched(
        vehicles.whereAfter(page.after(), v -> matches(v, filter), page.limit() + 1),
        page.limit(),
        v -> v.id().value());
  }

  @Override
  public void delete(VehicleId id) {
    if (onRecord.test(id)) {
      throw new Conflict("", ON_RECORD);
    }
    vehicles.remove(id.value());
  }

  /** Removes the vehicles of a deleted account. */
  void deleteOwnedBy(UserId owner) {
    vehicles.where(v -> v.owner().equals(owner)).forEach(v -> delete(v.id()));
  }

  private static boolean matches(Vehicle vehicle, VehicleFilter filter) {
    return filter.owner().map(vehicle.owner()::equals).orElse(true)
        && InMemoryUserRepository.contains(filter.brand(), vehicle.details().brand())
        && InMemoryUserRepository.contains(filter.model(), vehicle.details().model())
        && filter.year().map(y -> y == vehicle.details().year()).orElse(true)
        && filter.plate().map(vehicle.details().plate()::equals).orElse(true);
  }

  private void refuseTakenPlate(Vehicle vehicle) {
    if (!vehicles
        .where(
            v ->
                !v.id().equals(vehicle.id())
                    && v.details().plate().equals(vehicle.details().plate()))
        .isEmpty()) {
      throw StoreConflict.PLATE_TAKEN.conflict();
    }
  }
}

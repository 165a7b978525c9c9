package dev.motorhub.application.garage;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** The vehicles in every garage. A licence plate belongs to one vehicle at most. */
public interface VehicleRepository {
  /** Why a vehicle that trades name is not deleted. */
  String ON_RECORD = "This vehicle has been traded; it is kept for the records.";

  /** Stores a new vehicle; a plate already registered is a {@code Conflict} on the plate. */
  void add(Vehicle vehicle);

  /** Stores a changed vehicle; a plate registered to another vehicle is a {@code Conflict}. */
  void update(Vehicle vehicle);

  Optional<Vehicle> findById(VehicleId id);

  /**
   * As {@link #findById}, and holds the vehicle against concurrent changes until the unit of work
   * ends: what a change reads, no other change overwrites meanwhile.
   */
  Optional<Vehicle> findForUpdate(VehicleId id);

  /** The vehicles that match, in id order. */
  Page<Vehicle> search(VehicleFilter filter, PageRequest page);

  /** Removes the vehicle; one that has been traded is a {@code Conflict} ({@link #ON_RECORD}). */
  void delete(VehicleId id);
}

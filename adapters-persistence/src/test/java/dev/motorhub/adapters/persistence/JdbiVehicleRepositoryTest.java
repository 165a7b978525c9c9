package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.contract.VehicleRepositoryContract;
import dev.motorhub.domain.garage.Vehicle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The {@code VehicleRepository} contract on PostgreSQL, and the seam for what refers to vehicles: a
 * row that references a vehicle with {@code on delete restrict} (as trades will) makes its deletion
 * a conflict.
 */
class JdbiVehicleRepositoryTest extends VehicleRepositoryContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }

  @Test
  void aVehicleThatOtherRecordsReferTo_isKept_asAConflict() {
    Vehicle vehicle = GarageFixtures.vehicle(alice.id(), "Toyota", "Camry", 2023, "ABC123");
    runTx(() -> store.vehicles().add(vehicle));
    Jdbi admin = Jdbi.create(PostgresTestDatabase.url());
    admin.useHandle(
        h ->
            h.execute(
                "create table trade_probe (vehicle_id uuid not null"
                    + " references vehicles on delete restrict)"));
    try {
      admin.useHandle(h -> h.execute("insert into trade_probe values (?)", vehicle.id().value()));

      assertConflict(
          () -> store.vehicles().delete(vehicle.id()),
          "",
          "This vehicle has been traded; it is kept for the records.");
      assertThat(inTx(() -> store.vehicles().findById(vehicle.id()))).contains(vehicle);
    } finally {
      admin.useHandle(h -> h.execute("drop table trade_probe"));
    }
  }

  @Test
  void thePlate_isStoredNormalised() {
    Vehicle vehicle = GarageFixtures.vehicle(alice.id(), "Toyota", "Camry", 2023, " kda 042 x ");
    runTx(() -> store.vehicles().add(vehicle));

    String stored =
        Jdbi.create(PostgresTestDatabase.url())
            .withHandle(
                h ->
                    h.createQuery("select plate from vehicles where id = :id")
                        .bind("id", vehicle.id().value())
                        .mapTo(String.class)
                        .one());
    assertThat(stored).isEqualTo("KDA042X");
  }
}

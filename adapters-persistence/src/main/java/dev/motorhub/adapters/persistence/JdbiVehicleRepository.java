package dev.motorhub.adapters.persistence;

import dev.motorhub.application.garage.VehicleFilter;
import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.domain.garage.Custody;
import dev.motorhub.domain.garage.LicencePlate;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.garage.Vin;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Vehicles in {@code vehicles}: the unique plate is {@code vehicles_plate_unique}; a change reads
 * its row {@code for update} and may move it to another owner; {@code handover_to} names the buyer
 * a sold vehicle waits for. A vehicle that other records refer to (trades, once they exist) is
 * kept: the foreign key refuses its deletion, which is the core's conflict.
 */
final class JdbiVehicleRepository implements VehicleRepository {
  private static final VehicleMapper VEHICLES = new VehicleMapper();
  private static final String SELECT = "select " + VehicleMapper.COLUMNS + " from vehicles v";
  private static final KeysetPages<Vehicle> PAGES =
      new KeysetPages<>(SELECT, "v.id", VEHICLES, v -> v.id().value());

  private final JdbiTransactions tx;

  JdbiVehicleRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Vehicle vehicle) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bindVehicle(
                            h.createUpdate(
                                """
                                insert into vehicles (id, owner_id, brand, model, year, color,
                                  plate, vin, mileage, notes, image, handover_to, created_at,
                                  updated_at, location, body_type, fuel, transmission)
                                values (:id, :ownerId, :brand, :model, :year, :color, :plate,
                                  :vin, :mileage, :notes, :image, :handoverTo, :createdAt,
                                  :updatedAt, :location, :bodyType, :fuel, :transmission)"""),
                            vehicle)
                        .bind("createdAt", vehicle.createdAt())
                        .execute()));
  }

  @Override
  public void update(Vehicle vehicle) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bindVehicle(
                            h.createUpdate(
                                """
                                update vehicles set owner_id = :ownerId, brand = :brand,
                                  model = :model, year = :year, color = :color, plate = :plate,
                                  vin = :vin, mileage = :mileage, notes = :notes, image = :image,
                                  handover_to = :handoverTo, updated_at = :updatedAt,
                                  location = :location, body_type = :bodyType, fuel = :fuel,
                                  transmission = :transmission
                                where id = :id"""),
                            vehicle)
                        .execute()));
  }

  @Override
  public Optional<Vehicle> findById(VehicleId id) {
    return find(id, "");
  }

  @Override
  public Optional<Vehicle> findForUpdate(VehicleId id) {
    return find(id, " for update");
  }

  @Override
  public Page<Vehicle> search(VehicleFilter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .add("v.owner_id = :owner", "owner", filter.owner().map(UserId::value))
            .like("v.brand", "brand", filter.brand())
            .like("v.model", "model", filter.model())
            .add("v.year = :year", "year", filter.year())
            .add("v.plate = :plate", "plate", filter.plate().map(LicencePlate::value));
    return PAGES.page(tx, where, page);
  }

  @Override
  public void delete(VehicleId id) {
    ReferencedRows.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate("delete from vehicles where id = :id")
                        .bind("id", id.value())
                        .execute()),
        ON_RECORD);
  }

  private Optional<Vehicle> find(VehicleId id, String lock) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where v.id = :id" + lock)
                .bind("id", id.value())
                .map(VEHICLES)
                .findOne());
  }

  /** Binds what an insert and an update both write. */
  private static <S extends SqlStatement<S>> S bindVehicle(S statement, Vehicle vehicle) {
    VehicleDetails details = vehicle.details();
    UUID handoverTo = vehicle.custody() instanceof Custody.Sold sold ? sold.buyer().value() : null;
    return statement
        .bind("id", vehicle.id().value())
        .bind("ownerId", vehicle.owner().value())
        .bind("brand", details.brand())
        .bind("model", details.model())
        .bind("year", details.year())
        .bind("color", details.color())
        .bind("plate", details.plate().value())
        .bindByType("vin", details.vin().map(Vin::value).orElse(null), String.class)
        .bind("mileage", details.mileage())
        .bind("notes", details.notes())
        .bindByType("image", vehicle.image().orElse(null), String.class)
        .bindByType("handoverTo", handoverTo, UUID.class)
        .bindByType("location", details.attributes().location().orElse(null), String.class)
        .bindByType("bodyType", details.attributes().bodyType().orElse(null), String.class)
        .bindByType("fuel", details.attributes().fuel().orElse(null), String.class)
        .bindByType("transmission", details.attributes().transmission().orElse(null), String.class)
        .bind("updatedAt", vehicle.updatedAt());
  }
}

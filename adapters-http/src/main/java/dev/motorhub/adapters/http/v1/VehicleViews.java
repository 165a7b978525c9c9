package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Images;
import dev.motorhub.domain.garage.Custody;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.Vin;
import java.time.Instant;

/** The JSON shape of a vehicle on {@code /v1} (field names become snake_case). */
final class VehicleViews {
  private VehicleViews() {}

  /**
   * A vehicle: its owner's id, its details, the address of its image (or null), the buyer a sold
   * vehicle waits to be handed over to (or null), and its matchable attributes (each a catalogue
   * code, or null when not recorded).
   */
  record VehicleView(
      String id,
      String ownerId,
      String brand,
      String model,
      int year,
      String color,
      String licensePlate,
      String vin,
      long mileage,
      String notes,
      String image,
      String awaitingHandoverTo,
      Instant createdAt,
      Instant updatedAt,
      String location,
      String bodyType,
      String fuel,
      String transmission) {}

  static VehicleView vehicle(Vehicle v) {
    VehicleDetails d = v.details();
    return new VehicleView(
        v.id().toString(),
        v.owner().toString(),
        d.brand(),
        d.model(),
        d.year(),
        d.color(),
        d.plate().value(),
        d.vin().map(Vin::value).orElse(null),
        d.mileage(),
        d.notes(),
        Images.url(v.image()),
        v.custody() instanceof Custody.Sold sold ? sold.buyer().toString() : null,
        v.createdAt(),
        v.updatedAt(),
        d.attributes().location().orElse(null),
        d.attributes().bodyType().orElse(null),
        d.attributes().fuel().orElse(null),
        d.attributes().transmission().orElse(null));
  }
}

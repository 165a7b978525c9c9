package dev.motorhub.application.garage;

import dev.motorhub.domain.garage.LicencePlate;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Violations;
import java.util.Optional;

/**
 * A search for vehicles as a client states it: an owner's id, parts of the brand or model, a year,
 * a plate (matched after normalising). Blank values filter nothing.
 */
public record VehicleQuery(
    String owner, String brand, String model, String year, String licensePlate) {

  public static VehicleQuery all() {
    return new VehicleQuery(null, null, null, null, null);
  }

  public static VehicleQuery ofOwner(UserId owner) {
    return new VehicleQuery(owner.toString(), null, null, null, null);
  }

  /** The filter for the store; every malformed value is named at once. */
  VehicleFilter filter() {
    Violations violations = new Violations();
    Optional<UserId> ownerId =
        text(owner).map(o -> violations.capture(() -> UserId.parse(o, "owner_id")));
    Optional<Integer> built =
        text(year).map(y -> violations.capture(() -> VehicleForm.wholeNumber(y, "year")));
    Optional<LicencePlate> plate =
        text(licensePlate).map(p -> violations.capture(() -> new LicencePlate(p)));
    violations.throwIfAny();
    return new VehicleFilter(ownerId, text(brand), text(model), built, plate);
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}

package dev.motorhub.domain.garage;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * What describes a vehicle: make, model, year, colour, plate, VIN, mileage, notes and the
 * attributes matching scores (location, body type, fuel, transmission). The year is checked against
 * today's in {@link Vehicle}, as it may be next year's model but no later.
 */
public record VehicleDetails(
    String brand,
    String model,
    int year,
    String color,
    LicencePlate plate,
    Optional<Vin> vin,
    long mileage,
    String notes,
    VehicleAttributes attributes) {

  /** The year of the first motor car (Benz, 1886). */
  public static final int FIRST_YEAR = 1886;

  public static final long MAX_MILEAGE = 10_000_000;

  public VehicleDetails {
    brand = Text.required(brand, "brand", 50);
    model = Text.required(model, "model", 50);
    if (year < FIRST_YEAR) {
      throw InvalidInput.of("year", "Ensure this value is at least " + FIRST_YEAR + ".");
    }
    color = Text.bounded(color, "color", 30);
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(vin, "vin");
    if (mileage < 0 || mileage > MAX_MILEAGE) {
      throw InvalidInput.of("mileage", "Ensure this value is between 0 and " + MAX_MILEAGE + ".");
    }
    notes = Text.bounded(notes, "notes", 2000);
    Objects.requireNonNull(attributes, "attributes");
  }

  /** Details that record none of the matchable attributes. */
  public VehicleDetails(
      String brand,
      String model,
      int year,
      String color,
      LicencePlate plate,
      Optional<Vin> vin,
      long mileage,
      String notes) {
    this(brand, model, year, color, plate, vin, mileage, notes, VehicleAttributes.none());
  }
}

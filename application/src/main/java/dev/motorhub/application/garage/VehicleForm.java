package dev.motorhub.application.garage;

import dev.motorhub.domain.garage.LicencePlate;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.Vin;
import dev.motorhub.domain.shared.Codes;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import java.util.Optional;
import java.util.function.Function;

/**
 * A vehicle as a client states it, every field a raw value; null means not given. A blank year or
 * mileage counts as not given, a blank VIN or matchable attribute (location, body type, fuel,
 * transmission: catalogue codes) removes it. {@link #details} checks a new vehicle, {@link #over}
 * applies the given fields to a vehicle's current details; both name every field that is missing or
 * malformed at once.
 */
public record VehicleForm(
    String brand,
    String model,
    String year,
    String color,
    String licensePlate,
    String vin,
    String mileage,
    String notes,
    String location,
    String bodyType,
    String fuel,
    String transmission) {

  /** A vehicle stated without its matchable attributes: those stay as they are. */
  public VehicleForm(
      String brand,
      String model,
      String year,
      String color,
      String licensePlate,
      String vin,
      String mileage,
      String notes) {
    this(brand, model, year, color, licensePlate, vin, mileage, notes, null, null, null, null);
  }

  /** This form with the matchable attributes given as {@code location} … {@code transmission}. */
  public VehicleForm withAttributes(
      String location, String bodyType, String fuel, String transmission) {
    return new VehicleForm(
        brand,
        model,
        year,
        color,
        licensePlate,
        vin,
        mileage,
        notes,
        location,
        bodyType,
        fuel,
        transmission);
  }

  /** The details of a new vehicle: brand, model, year and plate required, no mileage is 0. */
  VehicleDetails details() {
    return build(Optional.empty(), true);
  }

  /**
   * The current details with the given fields changed; {@code complete} (a full replacement)
   * requires brand, model, year and plate as a new vehicle does.
   */
  VehicleDetails over(VehicleDetails current, boolean complete) {
    return build(Optional.of(current), complete);
  }

  private VehicleDetails build(Optional<VehicleDetails> current, boolean complete) {
    Violations violations = new Violations();
    if (complete) {
      violations
          .require(brand, "brand")
          .require(model, "model")
          .require(year, "year")
          .require(licensePlate, "license_plate");
    } else if (licensePlate != null) {
      violations.require(licensePlate, "license_plate");
    }
    Integer built =
        parsed(year, violations, t -> wholeNumber(t, "year"), current.map(VehicleDetails::year));
    Long driven =
        parsed(
            mileage,
            violations,
            t -> (long) wholeNumber(t, "mileage"),
            current.map(VehicleDetails::mileage).or(() -> Optional.of(0L)));
    LicencePlate plate =
        parsed(licensePlate, violations, LicencePlate::new, current.map(VehicleDetails::plate));
    Optional<Vin> identification =
        vin == null
            ? current.flatMap(VehicleDetails::vin)
            : violations.capture(
                () -> vin.isBlank() ? Optional.<Vin>empty() : Optional.of(new Vin(vin)));
    VehicleAttributes before =
        current.map(VehicleDetails::attributes).orElse(VehicleAttributes.none());
    VehicleAttributes attributes =
        new VehicleAttributes(
            code(location, "location", before.location(), violations),
            code(bodyType, "body_type", before.bodyType(), violations),
            code(fuel, "fuel", before.fuel(), violations),
            code(transmission, "transmission", before.transmission(), violations));
    VehicleDetails details =
        !violations.isEmpty()
            ? null
            : violations.capture(
                () ->
                    new VehicleDetails(
                        given(brand, current.map(VehicleDetails::brand)),
                        given(model, current.map(VehicleDetails::model)),
                        built,
                        given(color, current.map(VehicleDetails::color)),
                        plate,
                        identification,
                        driven,
                        given(notes, current.map(VehicleDetails::notes)),
                        attributes));
    violations.throwIfAny();
    return details;
  }

  /** A whole number as a client sends it, or invalid input on {@code field}. */
  static int wholeNumber(String text, String field) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInput.of(field, "A valid integer is required.");
    }
  }

  /** The parsed value when given (not blank), the fallback otherwise; a bad value is recorded. */
  private static <T> T parsed(
      String raw, Violations violations, Function<String, T> parse, Optional<T> fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback.orElse(null);
    }
    return violations.capture(() -> parse.apply(raw));
  }

  /** A catalogue code when given, none when blank, the current one when not given. */
  private static Optional<String> code(
      String raw, String field, Optional<String> current, Violations violations) {
    if (raw == null) {
      return current;
    }
    return raw.isBlank()
        ? Optional.empty()
        : Optional.ofNullable(violations.capture(() -> Codes.parse(raw, field)));
  }

  private static String given(String raw, Optional<String> current) {
    return raw != null ? raw : current.orElse(null);
  }
}

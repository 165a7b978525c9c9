package dev.motorhub.domain.garage;

import dev.motorhub.domain.shared.Codes;
import java.util.Objects;
import java.util.Optional;

/**
 * What a vehicle is, as the catalogue's codes name it ({@link Codes}' format): where it is, its
 * body type, its fuel and its transmission, each optional. Matching scores them against buyers'
 * searches; which codes the catalogue allows is checked when a client sets them. They are held as
 * text in the code format rather than as matching's {@code CatalogueCode}: matching depends on the
 * garage, so the garage may not depend on matching.
 */
public record VehicleAttributes(
    Optional<String> location,
    Optional<String> bodyType,
    Optional<String> fuel,
    Optional<String> transmission) {

  public VehicleAttributes {
    location = code(location, "location");
    bodyType = code(bodyType, "body_type");
    fuel = code(fuel, "fuel");
    transmission = code(transmission, "transmission");
  }

  /** Nothing recorded. */
  public static VehicleAttributes none() {
    return new VehicleAttributes(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** These attributes where they differ from {@code before}, the others empty: what changed. */
  public VehicleAttributes changedFrom(VehicleAttributes before) {
    return new VehicleAttributes(
        changed(location, before.location),
        changed(bodyType, before.bodyType),
        changed(fuel, before.fuel),
        changed(transmission, before.transmission));
  }

  private static Optional<String> changed(Optional<String> now, Optional<String> before) {
    return now.equals(before) ? Optional.empty() : now;
  }

  private static Optional<String> code(Optional<String> text, String field) {
    return Objects.requireNonNull(text, field).map(t -> Codes.parse(t, field));
  }
}

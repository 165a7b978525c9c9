package dev.motorhub.application.garage;

import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.garage.VehicleDetails;
import java.util.Optional;

/**
 * What of a vehicle the catalogue names, to be checked against it: the brand and colour (free text
 * the catalogue knows by its code, {@code Land Rover} as {@code land_rover}) and the matchable
 * attributes (codes); each empty when there is nothing to check.
 */
public record CataloguedValues(
    Optional<String> brand, Optional<String> color, VehicleAttributes attributes) {

  /** Everything {@code details} names, as a new vehicle states it (an empty colour is none). */
  public static CataloguedValues of(VehicleDetails details) {
    return new CataloguedValues(
        Optional.of(details.brand()),
        Optional.of(details.color()).filter(c -> !c.isBlank()),
        details.attributes());
  }

  /**
   * What {@code details} names anew over {@code before}: the values that differ, the others empty,
   * so that one recorded before staff kept its attribute stays.
   */
  public static CataloguedValues changed(VehicleDetails details, VehicleDetails before) {
    CataloguedValues now = of(details);
    CataloguedValues was = of(before);
    return new CataloguedValues(
        anew(now.brand, was.brand),
        anew(now.color, was.color),
        details.attributes().changedFrom(before.attributes()));
  }

  private static Optional<String> anew(Optional<String> now, Optional<String> before) {
    return now.equals(before) ? Optional.empty() : now;
  }
}

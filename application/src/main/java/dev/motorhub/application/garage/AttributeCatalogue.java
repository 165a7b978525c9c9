package dev.motorhub.application.garage;

import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.shared.Violations;

/**
 * The catalogue a vehicle's matchable attributes name their values from. Staff keep it in matching;
 * the garage only asks, through this port, so that it depends on nothing of matching.
 */
public interface AttributeCatalogue {
  /**
   * Adds to {@code violations}, under its field, each code of {@code attributes} that the catalogue
   * does not have where it keeps values of that attribute (an attribute it keeps no value of takes
   * any code); runs inside the caller's transaction.
   */
  void check(VehicleAttributes attributes, Violations violations);

  /** As {@link #check}, refusing ({@code InvalidInput}) what the catalogue does not have. */
  default void require(VehicleAttributes attributes) {
    Violations violations = new Violations();
    check(attributes, violations);
    violations.throwIfAny();
  }
}

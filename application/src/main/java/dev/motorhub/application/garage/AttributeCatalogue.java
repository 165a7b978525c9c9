package dev.motorhub.application.garage;

import dev.motorhub.domain.shared.Violations;

/**
 * The catalogue a vehicle's brand, colour and matchable attributes name their values from. Staff
 * keep it in matching; the garage only asks, through this port, so that it depends on nothing of
 * matching.
 */
public interface AttributeCatalogue {
  /**
   * Adds to {@code violations}, under its field, each value of {@code values} that the catalogue
   * does not have where it keeps values of that attribute (an attribute it keeps no value of takes
   * any); runs inside the caller's transaction.
   */
  void check(CataloguedValues values, Violations violations);

  /** As {@link #check}, refusing ({@code InvalidInput}) what the catalogue does not have. */
  default void require(CataloguedValues values) {
    Violations violations = new Violations();
    check(values, violations);
    violations.throwIfAny();
  }
}

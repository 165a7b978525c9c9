package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.WireNames;

/** One criterion of a preference, named on the wire as its field is (its range by its stem). */
public enum Criterion {
  TRADE_KIND,
  BRANDS,
  MODELS,
  YEAR,
  PRICE,
  INSTALMENT,
  MILEAGE,
  LOCATIONS,
  BODY_TYPES,
  FUELS,
  TRANSMISSIONS,
  COLOURS;

  public String wire() {
    return WireNames.of(this);
  }

  public static Criterion parse(String text, String field) {
    return WireNames.parse(Criterion.class, text, field);
  }
}

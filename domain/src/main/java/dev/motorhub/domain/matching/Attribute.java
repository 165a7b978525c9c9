package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.WireNames;

/** A matchable attribute whose allowed values staff keep in the catalogue. */
public enum Attribute {
  BRAND,
  BODY_TYPE,
  FUEL,
  TRANSMISSION,
  COLOUR,
  LOCATION;

  /** The attribute's name on the wire, such as {@code body_type}. */
  public String wire() {
    return WireNames.of(this);
  }

  /** Parses the attribute a client named in {@code field}. */
  public static Attribute parse(String text, String field) {
    return WireNames.parse(Attribute.class, text, field);
  }
}

package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.Codes;
import java.util.Locale;

/**
 * The stable code of a catalogue value, such as {@code toyota} or {@code pickup}: what preferences
 * name, and vehicles record (as {@code VehicleAttributes}). Lower-case as service kinds' codes are.
 */
public record CatalogueCode(String value) {
  public CatalogueCode {
    value = Codes.parse(value, "code");
  }

  /** Parses a code a client sent in {@code field}, naming that field when it is malformed. */
  public static CatalogueCode parse(String text, String field) {
    return new CatalogueCode(Codes.parse(text, field));
  }

  /**
   * The code free text such as a vehicle's brand would have: {@code "Land Rover"} is {@code
   * land_rover}; empty when the text makes no code.
   */
  public static java.util.Optional<CatalogueCode> of(String text) {
    String candidate =
        text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return Codes.isCode(candidate)
        ? java.util.Optional.of(new CatalogueCode(candidate))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}

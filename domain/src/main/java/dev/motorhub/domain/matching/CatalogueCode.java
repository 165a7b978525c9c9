package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable code of a catalogue value, such as {@code toyota} or {@code pickup}: what preferences
 * name. Lower-case as service kinds' codes are.
 */
public record CatalogueCode(String value) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,39}");

  public CatalogueCode {
    value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (!CODE.matcher(value).matches()) {
      throw InvalidInput.of(
          "code", "Use a code of 2 to 40 lower-case letters, digits or _, such as land_rover.");
    }
  }

  /** Parses a code a client sent in {@code field}, naming that field when it is malformed. */
  public static CatalogueCode parse(String text, String field) {
    try {
      return new CatalogueCode(text);
    } catch (InvalidInput invalid) {
      throw InvalidInput.of(field, invalid.errors().get("code").getFirst());
    }
  }

  /**
   * The code free text such as a vehicle's brand would have: {@code "Land Rover"} is {@code
   * land_rover}; empty when the text makes no code.
   */
  public static java.util.Optional<CatalogueCode> of(String text) {
    String candidate =
        text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return CODE.matcher(candidate).matches()
        ? java.util.Optional.of(new CatalogueCode(candidate))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}

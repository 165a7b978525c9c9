package dev.motorhub.domain.garage;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A licence plate, normalised so that {@code "ab 123"} and {@code "AB123"} are one plate: upper
 * case, without spaces. Letters of any alphabet, digits and hyphens; 2 to 15 of them.
 */
public record LicencePlate(String value) {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PLATE = Pattern.compile("[\\p{L}\\p{Nd}-]{2,15}");

  public LicencePlate {
    value = value == null ? "" : SPACES.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    if (!PLATE.matcher(value).matches()) {
      throw InvalidInput.of(
          "license_plate", "Enter 2 to 15 letters, digits or hyphens, such as ABC-123.");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.motorhub.domain.garage;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vehicle identification number (ISO 3779): 17 characters of digits and capital letters other
 * than I, O and Q, whose ninth is the check digit of the others (North American rule, 49 CFR 565).
 */
public record Vin(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  private static final String LETTER_VALUES = "12345678_12345_7_923456789";

  public Vin {
    value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (!SHAPE.matcher(value).matches()) {
      throw InvalidInput.of(
          "vin", "Enter 17 characters: digits and letters other than I, O and Q.");
    }
    if (value.charAt(8) != checkDigit(value)) {
      throw InvalidInput.of("vin", "This VIN's check digit (the 9th character) does not match.");
    }
  }

  private static char checkDigit(String vin) {
    int sum = 0;
    for (int i = 0; i < vin.length(); i++) {
      sum += valueOf(vin.charAt(i)) * WEIGHTS[i];
    }
    int remainder = sum % 11;
    return remainder == 10 ? 'X' : (char) ('0' + remainder);
  }

  private static int valueOf(char c) {
    return Character.isDigit(c) ? c - '0' : LETTER_VALUES.charAt(c - 'A') - '0';
  }

  @Override
  public String toString() {
    return value;
  }
}

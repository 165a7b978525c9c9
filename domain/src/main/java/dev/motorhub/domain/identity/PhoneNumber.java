package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * A phone number in E.164: a plus sign, a country code and at most fifteen digits in all. Spaces,
 * dots, dashes and brackets that people type are dropped before the check.
 */
public record PhoneNumber(String value) {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");

  public PhoneNumber {
    value = value == null ? "" : SEPARATORS.matcher(value).replaceAll("");
    if (!E164.matcher(value).matches()) {
      throw InvalidInput.of(
          "phone_number",
          "Enter a valid phone number in E.164 format: a + and the country code, such as"
              + " +254701036054.");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

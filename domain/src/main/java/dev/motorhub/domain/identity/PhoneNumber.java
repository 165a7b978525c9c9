package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164: a plus sign, a country code and at most fifteen digits in all. Spaces,
 * dots, dashes and brackets that people type are dropped before the check.
 */
public record PhoneNumber(String value) implements Phone {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");

  public PhoneNumber {
    value = readable(value).orElseThrow(PhoneNumber::notE164);
  }

  /** The E.164 form of {@code text}, when it reads as a number in E.164. */
  static Optional<String> readable(String text) {
    String digits = text == null ? "" : SEPARATORS.matcher(text).replaceAll("");
    return E164.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }

  @Override
  public Optional<PhoneNumber> e164() {
    return Optional.of(this);
  }

  @Override
  public String toString() {
    return value;
  }

  private static InvalidInput notE164() {
    return InvalidInput.of(
        "phone_number",
        "Enter a valid phone number in E.164 format: a + and the country code, such as"
            + " +254701036054.");
  }
}

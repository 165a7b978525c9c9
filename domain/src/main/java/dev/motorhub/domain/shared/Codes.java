package dev.motorhub.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The format of a stable code such as a catalogue value's ({@code toyota}, {@code pickup}): 2 to 40
 * lower-case letters, digits or _, starting with a letter. Read trimmed and in lower case.
 */
public final class Codes {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,39}");

  private Codes() {}

  /** {@code text} as a code, or an {@link InvalidInput} for {@code field} when it is not one. */
  public static String parse(String text, String field) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (!isCode(value)) {
      throw InvalidInput.of(
          field, "Use a code of 2 to 40 lower-case letters, digits or _, such as land_rover.");
    }
    return value;
  }

  /** Whether {@code text} is a code as it stands. */
  public static boolean isCode(String text) {
    return CODE.matcher(text).matches();
  }
}

package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, unique regardless of case ({@link #key()}). */
public record Email(String value) {
  private static final Pattern SHAPE =
      Pattern.compile(
          "[^@\\s]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

  public Email {
    value = value == null ? "" : value.strip();
    if (value.isEmpty()) {
      throw InvalidInput.of("email", "This field is required.");
    }
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw InvalidInput.of("email", "Enter a valid email address.");
    }
  }

  /** The case-insensitive form under which addresses are unique. */
  public String key() {
    return value.toLowerCase(Locale.ROOT);
  }

  /** The part before the {@code @}. */
  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name: 1 to 150 letters, digits and {@code @.+-_}, as Django allows; unique regardless of
 * case, which {@link #key()} captures.
 */
public record Username(String value) {
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}@.+\\-_]{1,150}");

  public Username {
    value = value == null ? "" : value.strip();
    if (value.isEmpty()) {
      throw InvalidInput.of("username", "This field is required.");
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw InvalidInput.of(
          "username",
          "Enter a valid username of at most 150 characters: letters, digits and @/./+/-/_ only.");
    }
  }

  /** The case-insensitive form under which usernames are unique. */
  public String key() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}

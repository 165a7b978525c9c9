package dev.motorhub.domain.shared;

/** Checks for free text fields: trimmed, bounded in length, free of control characters. */
public final class Text {
  private Text() {}

  /** The trimmed value, or an {@link InvalidInput} for {@code field} when it is too long. */
  public static String bounded(String value, String field, int maxLength) {
    if (value == null) {
      return "";
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw InvalidInput.of(
          field, "Ensure this field has no more than " + maxLength + " characters.");
    }
    if (trimmed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
      throw InvalidInput.of(field, "Control characters are not allowed.");
    }
    return trimmed;
  }

  /** As {@link #bounded}, and not blank. */
  public static String required(String value, String field, int maxLength) {
    String text = bounded(value, field, maxLength);
    if (text.isEmpty()) {
      throw InvalidInput.of(field, "This field is required.");
    }
    return text;
  }
}

package dev.motorhub.adapters.http.web;

import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Values of a request's fields that need parsing, a malformed one refused as invalid input on its
 * field: ids a body names, dates and ratings.
 */
public final class FieldValues {
  private FieldValues() {}

  /** The id {@code text} spells out; null if there is none. */
  public static UUID uuid(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  /**
   * The date {@code text} spells out, {@code YYYY-MM-DD}, or the date of an ISO-8601 date and time
   * with its offset (the seeds send one where a date is meant); null if there is none.
   */
  public static LocalDate date(String text, String field) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    try {
      return value.length() > 10
          ? OffsetDateTime.parse(value).toLocalDate()
          : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(
          field, "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
    }
  }

  /** The rating a field holds, 1 to 5; it is required. */
  public static Rating rating(Integer mark) {
    if (mark == null) {
      throw InvalidInput.of("rating", "This field is required.");
    }
    return new Rating(mark);
  }
}

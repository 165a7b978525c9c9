package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The rules of a date of birth, for customers and leads alike: ISO dates from 1900 to today. */
public final class DateOfBirth {
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private DateOfBirth() {}

  /** Parses {@code YYYY-MM-DD} as a client sends it; blank or absent is no date. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(
          "dob", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
    }
  }

  /** The date, refused when it is before 1900. */
  public static Optional<LocalDate> sane(Optional<LocalDate> dob) {
    if (dob.filter(d -> d.isBefore(EARLIEST)).isPresent()) {
      throw InvalidInput.of("dob", "Enter a date of birth after 1900-01-01.");
    }
    return dob;
  }

  /** The date, refused when it is after {@code today}. */
  public static Optional<LocalDate> notAfter(Optional<LocalDate> dob, LocalDate today) {
    if (dob.filter(d -> d.isAfter(today)).isPresent()) {
      throw InvalidInput.of("dob", "The date of birth cannot be in the future.");
    }
    return dob;
  }
}

package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a card's expiry: the month and year printed on it, as {@code MM/YY}, {@code
 * MM/YYYY} or a separate month and year (two-digit years are this century's). A card is valid
 * through the last day of its expiry month, and no card runs for more than twenty years.
 */
public final class CardExpiry {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})");
  private static final int LONGEST_YEARS = 20;

  private CardExpiry() {}

  /** Parses {@code MM/YY} or {@code MM/YYYY}; a bad value is invalid input on {@code expiry}. */
  public static YearMonth parse(String text) {
    Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw InvalidInput.of("expiry", "Enter the expiry as MM/YY or MM/YYYY.");
    }
    int month = Integer.parseInt(matcher.group(1));
    if (month < 1 || month > 12) {
      throw InvalidInput.of("expiry", "The expiry month must be between 01 and 12.");
    }
    return YearMonth.of(fullYear(Integer.parseInt(matcher.group(2))), month);
  }

  /** A separate month (1–12) and year (two or four digits), each checked on its own field. */
  public static YearMonth of(int month, int year) {
    if (month < 1 || month > 12) {
      throw InvalidInput.of("exp_month", "Ensure this value is between 1 and 12.");
    }
    if (year < 0 || year > 99 && (year < 2000 || year > 2099)) {
      throw InvalidInput.of("exp_year", "Enter the year as YY or YYYY.");
    }
    return YearMonth.of(fullYear(year), month);
  }

  /** The expiry, refused on {@code expiry} when the card has expired or runs implausibly long. */
  public static YearMonth requireUsable(YearMonth expiry, LocalDate today) {
    YearMonth now = YearMonth.from(today);
    if (expiry.isBefore(now)) {
      throw InvalidInput.of("expiry", "This card has expired.");
    }
    if (expiry.isAfter(now.plusYears(LONGEST_YEARS))) {
      throw InvalidInput.of("expiry", "This expiry is too far in the future to be a card's.");
    }
    return expiry;
  }

  private static int fullYear(int year) {
    return year < 100 ? 2000 + year : year;
  }
}

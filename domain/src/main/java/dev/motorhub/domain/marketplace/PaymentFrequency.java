package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/**
 * How often a deal's balance is paid: once, or in instalments every month (an average month, a
 * twelfth of 365.25 days, so a year is twelve instalments), two weeks or week.
 */
public enum PaymentFrequency {
  ONE_TIME(0, 1),
  MONTHLY(1461, 48),
  BIWEEKLY(14, 1),
  WEEKLY(7, 1);

  /** The length of one period in days, as the fraction {@code periodDays / perDays}. */
  private final int periodDays;

  private final int perDays;

  PaymentFrequency(int periodDays, int perDays) {
    this.periodDays = periodDays;
    this.perDays = perDays;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** How many instalments pay a balance over {@code termDays}: a part period counts whole. */
  public int instalmentsOver(int termDays) {
    return this == ONE_TIME ? 1 : (int) Math.ceilDiv((long) termDays * perDays, periodDays);
  }

  public static PaymentFrequency parse(String text, String field) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values())
        .filter(f -> f.wire().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInput.of(
                    field, "Select a valid choice: one-time, monthly, biweekly, weekly."));
  }
}

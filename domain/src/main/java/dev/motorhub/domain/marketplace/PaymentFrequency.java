package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** How often a deal's balance is paid: once, or in instalments every so many days. */
public enum PaymentFrequency {
  ONE_TIME(0),
  MONTHLY(30),
  BIWEEKLY(14),
  WEEKLY(7);

  private final int periodDays;

  PaymentFrequency(int periodDays) {
    this.periodDays = periodDays;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** How many instalments pay a balance over {@code termDays}: a part period counts whole. */
  public int instalmentsOver(int termDays) {
    return this == ONE_TIME ? 1 : Math.ceilDiv(termDays, periodDays);
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

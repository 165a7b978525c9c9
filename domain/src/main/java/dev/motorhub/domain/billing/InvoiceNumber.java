package dev.motorhub.domain.billing;

import java.util.regex.Pattern;

/**
 * An invoice's human-readable number, such as {@code INV-2026-000042}: the year of issue and the
 * invoice's place in that year's sequence, which has no gaps.
 */
public record InvoiceNumber(String value) {
  private static final Pattern FORMAT = Pattern.compile("INV-[0-9]{4}-[0-9]{6,}");

  public InvoiceNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("An invoice number reads INV-YYYY-NNNNNN");
    }
  }

  public static InvoiceNumber of(int year, long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("Invoice sequences start at 1");
    }
    return new InvoiceNumber(String.format("INV-%04d-%06d", year, sequence));
  }

  @Override
  public String toString() {
    return value;
  }
}

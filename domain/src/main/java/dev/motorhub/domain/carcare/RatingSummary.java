package dev.motorhub.domain.carcare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A mechanic's ratings in short: how many, and their average (0 when there are none). */
public record RatingSummary(int count, int total) {
  public static final RatingSummary NONE = new RatingSummary(0, 0);

  /** The average to two decimal places, such as {@code 4.50}. */
  public BigDecimal average() {
    if (count == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
  }
}

package dev.motorhub.domain.billing;

import java.util.Locale;

/**
 * Where a payment stands: pending while the charge's outcome is not known, then succeeded (it
 * counts as paid) or failed (it pays nothing).
 */
public enum PaymentStatus {
  PENDING,
  SUCCEEDED,
  FAILED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}

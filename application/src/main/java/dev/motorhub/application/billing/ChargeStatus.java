package dev.motorhub.application.billing;

import java.util.Objects;

/**
 * What a payment provider says of the charge it was asked to make for one of the platform's
 * payments: it succeeded (with its reference), it failed (with the reason), it is still being
 * processed, or the provider never heard of it.
 */
public sealed interface ChargeStatus {
  /** The card was charged; {@code reference} names the charge at the provider. */
  record Succeeded(String reference) implements ChargeStatus {
    public Succeeded {
      Objects.requireNonNull(reference, "reference");
    }
  }

  /** The card was not charged: declined or given up, for {@code reason}. */
  record Failed(String reason) implements ChargeStatus {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The provider has the charge and has not finished it. */
  record Processing() implements ChargeStatus {}

  /** The provider has no charge for the payment: the request never reached it, or is late. */
  record Unknown() implements ChargeStatus {}
}

package dev.motorhub.domain.billing;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of a payment's charge: not known yet (pending, to be looked up at the provider from
 * {@code checkAt} on), succeeded with the provider's reference, or failed for a reason. A settled
 * outcome never changes again.
 */
public sealed interface PaymentOutcome {
  PaymentStatus status();

  /** The charge was asked for and its outcome is not known yet; the sweep asks from checkAt. */
  record Pending(Instant checkAt) implements PaymentOutcome {
    public Pending {
      Objects.requireNonNull(checkAt, "checkAt");
    }

    @Override
    public PaymentStatus status() {
      return PaymentStatus.PENDING;
    }
  }

  /** The provider charged the card; {@code gatewayReference} names the charge there. */
  record Succeeded(String gatewayReference, Instant settledAt) implements PaymentOutcome {
    public Succeeded {
      Objects.requireNonNull(gatewayReference, "gatewayReference");
      Objects.requireNonNull(settledAt, "settledAt");
    }

    @Override
    public PaymentStatus status() {
      return PaymentStatus.SUCCEEDED;
    }
  }

  /** The card was not charged: declined, or never charged at all; {@code reason} says which. */
  record Failed(String reason, Instant settledAt) implements PaymentOutcome {
    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    public Failed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(settledAt, "settledAt");
      reason = reason.isBlank() ? "The payment failed." : reason.strip();
      if (reason.length() > MAX_REASON) {
        reason = reason.substring(0, MAX_REASON);
      }
    }

    @Override
    public PaymentStatus status() {
      return PaymentStatus.FAILED;
    }
  }
}

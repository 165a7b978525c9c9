package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.Money;

/**
 * Charges a card on file. An adapter to a real payment provider implements it; it refuses a charge
 * with a {@code RuleViolated} (declined) or {@code Unavailable} (provider down), and must treat a
 * repeated {@code payment} id as the same charge.
 */
public interface PaymentGateway {
  /** Charges {@code amount} to {@code card} and returns the provider's reference for it. */
  String charge(PaymentId payment, CreditCard card, Money amount, String description);
}

package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.Money;

/**
 * Charges a card on file. An adapter to a real payment provider implements it; it refuses a charge
 * with a {@code RuleViolated} (declined) or {@code Unavailable} (provider down).
 *
 * <p>{@link PayInvoice} calls it inside the payment's unit of work, while it holds the invoice's
 * lock, and records the payment after it. A unit of work that fails after the charge (the database
 * lost, the same idempotency key won by a payment of another invoice) records nothing, and a retry
 * charges again under a new {@code payment} id: the platform never repeats an id. The default
 * gateway moves no money, so this costs nothing yet; a real provider needs the payment recorded as
 * pending before the charge, or a reconciliation of charges without payments.
 */
public interface PaymentGateway {
  /** Charges {@code amount} to {@code card} and returns the provider's reference for it. */
  String charge(PaymentId payment, CreditCard card, Money amount, String description);
}

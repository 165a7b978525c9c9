package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.Money;

/**
 * Charges a card on file, and says what became of a charge. An adapter to a real payment provider
 * implements it, passing the platform's {@code payment} id to the provider as the charge's own
 * idempotency key, so that the same payment is never charged twice and can be looked up by it.
 *
 * <p>{@link PayInvoice} records the payment as pending first, calls {@link #charge} outside any
 * unit of work or lock, and settles the payment after it. {@link #charge} returns the provider's
 * reference when the card was charged; it throws {@code RuleViolated} when the provider declined
 * the charge (nothing was charged), and {@code Unavailable} (or any other failure) when the outcome
 * is not known: the provider could not be reached or did not answer in time. The payment then stays
 * pending and {@link ResolvePendingPayments} asks {@link #status} later.
 */
public interface PaymentGateway {
  /** Charges {@code amount} to {@code card} and returns the provider's reference for it. */
  String charge(PaymentId payment, CreditCard card, Money amount, String description);

  /**
   * What the provider knows of the charge for {@code payment}; throws {@code Unavailable} when it
   * cannot be asked now.
   */
  ChargeStatus status(PaymentId payment);
}

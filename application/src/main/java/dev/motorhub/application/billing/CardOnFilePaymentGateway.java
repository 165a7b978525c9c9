package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.Money;

/**
 * The default gateway: it records the payment against the card on file and moves no money. Until an
 * adapter to a real payment provider is configured, a "paid" invoice means only that the payment
 * was recorded.
 */
public final class CardOnFilePaymentGateway implements PaymentGateway {
  @Override
  public String charge(PaymentId payment, CreditCard card, Money amount, String description) {
    return "card-on-file:" + payment;
  }
}

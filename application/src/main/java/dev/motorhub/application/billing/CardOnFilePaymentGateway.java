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

  /**
   * Always {@link ChargeStatus.Unknown}: this gateway keeps no record of charges, so it has heard
   * of none. A payment left pending under it (the process stopped between the charge and the
   * settlement) moved no money; the sweep fails it once the give-up time has passed, and its amount
   * may be paid again.
   */
  @Override
  public ChargeStatus status(PaymentId payment) {
    return new ChargeStatus.Unknown();
  }
}

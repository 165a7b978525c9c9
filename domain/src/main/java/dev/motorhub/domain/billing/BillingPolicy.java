package dev.motorhub.domain.billing;

import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.Actor;

/**
 * Who may see and act on billing: a customer their own invoices and payments, staff all of them; a
 * customer pays with their own cards, staff record a payment with the customer's; only staff void.
 */
public final class BillingPolicy {
  public boolean maySee(Actor actor, Invoice invoice) {
    return actor.is(invoice.bill().customer()) || actor.isAdministrative();
  }

  /**
   * Paying with {@code card}: its owner, or staff recording a payment for them (the invoice still
   * has to be the card owner's). Anyone else's card is not theirs to name.
   */
  public boolean mayPayWith(Actor actor, CreditCard card) {
    return actor.is(card.owner()) || actor.isAdministrative();
  }

  /** Listing everyone's invoices and payments, not only one's own. */
  public boolean mayListAll(Actor actor) {
    return actor.isAdministrative();
  }

  public boolean mayVoid(Actor actor) {
    return actor.isAdministrative();
  }
}

package dev.motorhub.domain.billing;

import dev.motorhub.domain.identity.Actor;

/**
 * Who may see and act on billing: a customer their own invoices and payments, staff all of them;
 * only staff void.
 */
public final class BillingPolicy {
  public boolean maySee(Actor actor, Invoice invoice) {
    return actor.is(invoice.bill().customer()) || actor.isAdministrative();
  }

  public boolean maySee(Actor actor, Payment payment) {
    return actor.is(payment.payer()) || actor.isAdministrative();
  }

  /** Listing everyone's invoices and payments, not only one's own. */
  public boolean mayListAll(Actor actor) {
    return actor.isAdministrative();
  }

  public boolean mayVoid(Actor actor) {
    return actor.isAdministrative();
  }
}

package dev.motorhub.application.billing;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.BillingPolicy;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** Reads payments: a customer the payments of their invoices, staff every payment. */
public final class ViewPayments {
  private final Transactions tx;
  private final PaymentRepository payments;
  private final BillingPolicy policy;

  public ViewPayments(Transactions tx, PaymentRepository payments, BillingPolicy policy) {
    this.tx = tx;
    this.payments = payments;
    this.policy = policy;
  }

  /**
   * The payments of {@code invoice}, if given; {@code payer} is for staff to choose (a customer may
   * name only themselves).
   */
  public Page<Payment> search(
      Principal principal, Optional<UserId> payer, Optional<InvoiceId> invoice, PageRequest page) {
    Actor actor = principal.actor();
    boolean all = policy.mayListAll(actor);
    AccessPolicy.require(
        all || payer.map(actor::is).orElse(true), "Only staff list other customers' payments.");
    Optional<UserId> whose = all ? payer : Optional.of(actor.id());
    return tx.read(() -> payments.search(whose, invoice, page));
  }
}

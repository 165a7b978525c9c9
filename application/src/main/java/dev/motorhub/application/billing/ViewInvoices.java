package dev.motorhub.application.billing;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.BillingPolicy;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Reads invoices: a customer their own, staff everyone's (of one customer if they ask). */
public final class ViewInvoices {
  private final Transactions tx;
  private final InvoiceRepository invoices;
  private final BillingPolicy policy;
  private final Clock clock;

  public ViewInvoices(
      Transactions tx, InvoiceRepository invoices, BillingPolicy policy, Clock clock) {
    this.tx = tx;
    this.invoices = invoices;
    this.policy = policy;
    this.clock = clock;
  }

  public Invoice get(Principal principal, InvoiceId id) {
    return tx.read(() -> invoices.findById(id))
        .filter(i -> policy.maySee(principal.actor(), i))
        .orElseThrow(() -> new NotFound("Invoice"));
  }

  /**
   * The invoices in {@code status} today, if given; {@code customer} is for staff to choose (a
   * customer may name only themselves).
   */
  public Page<Invoice> search(
      Principal principal,
      Optional<UserId> customer,
      Optional<InvoiceStatus> status,
      PageRequest page) {
    Actor actor = principal.actor();
    boolean all = policy.mayListAll(actor);
    AccessPolicy.require(
        all || customer.map(actor::is).orElse(true), "Only staff list other customers' invoices.");
    Optional<UserId> whose = all ? customer : Optional.of(actor.id());
    InvoiceFilter filter = new InvoiceFilter(whose, status, LocalDate.now(clock));
    return tx.read(() -> invoices.search(filter, page));
  }
}

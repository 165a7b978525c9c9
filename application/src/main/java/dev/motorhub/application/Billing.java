package dev.motorhub.application;

import dev.motorhub.application.billing.PayInvoice;
import dev.motorhub.application.billing.PaymentGateway;
import dev.motorhub.application.billing.PaymentSettings;
import dev.motorhub.application.billing.PaymentSettler;
import dev.motorhub.application.billing.ResolvePendingPayments;
import dev.motorhub.application.billing.ViewInvoices;
import dev.motorhub.application.billing.ViewPayments;
import dev.motorhub.application.billing.VoidInvoice;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.billing.BillingPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of billing, wired over one {@link Store}: reading invoices, paying them through the
 * payment gateway, resolving payments left pending, voiding invoices, reading payments. Invoices
 * themselves are issued by the contexts whose rules call for them. {@link Motorhub} hands it out as
 * {@link Motorhub#billing()}.
 */
public final class Billing {
  private final ViewInvoices viewInvoices;
  private final PayInvoice payInvoice;
  private final VoidInvoice voidInvoice;
  private final ViewPayments viewPayments;
  private final ResolvePendingPayments resolvePendingPayments;

  /** What billing's use cases are made of. */
  record Wiring(
      Store store,
      PaymentGateway gateway,
      PaymentSettings payments,
      Notifier notifier,
      BillingPolicy policy,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {}

  Billing(Wiring w) {
    var tx = w.store().transactions();
    var invoices = w.store().invoices();
    var payments = w.store().payments();
    var settler = new PaymentSettler(tx, invoices, payments, w.notifier());
    viewInvoices = new ViewInvoices(tx, invoices, w.policy(), w.clock());
    payInvoice =
        new PayInvoice(
            tx,
            invoices,
            payments,
            w.store().creditCards(),
            w.gateway(),
            settler,
            w.policy(),
            w.ids(),
            w.settings(),
            w.payments(),
            w.clock());
    resolvePendingPayments =
        new ResolvePendingPayments(tx, payments, w.gateway(), settler, w.payments(), w.clock());
    voidInvoice = new VoidInvoice(tx, invoices, w.policy(), w.clock());
    viewPayments = new ViewPayments(tx, w.store().payments(), w.policy());
  }

  public ViewInvoices viewInvoices() {
    return viewInvoices;
  }

  public PayInvoice payInvoice() {
    return payInvoice;
  }

  public VoidInvoice voidInvoice() {
    return voidInvoice;
  }

  public ViewPayments viewPayments() {
    return viewPayments;
  }

  /**
   * The sweep of payments left pending, for a job runner to call every so often; each call resolves
   * what is due and returns what it did.
   */
  public ResolvePendingPayments resolvePendingPayments() {
    return resolvePendingPayments;
  }
}

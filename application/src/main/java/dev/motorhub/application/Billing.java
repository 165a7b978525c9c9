package dev.motorhub.application;

import dev.motorhub.application.billing.PayInvoice;
import dev.motorhub.application.billing.PaymentGateway;
import dev.motorhub.application.billing.ViewInvoices;
import dev.motorhub.application.billing.ViewPayments;
import dev.motorhub.application.billing.VoidInvoice;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.billing.BillingPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of billing, wired over one {@link Store}: reading invoices, paying them through the
 * payment gateway, voiding them, reading payments. Invoices themselves are issued by the contexts
 * whose rules call for them. {@link Motorhub} hands it out as {@link Motorhub#billing()}.
 */
public final class Billing {
  private final ViewInvoices viewInvoices;
  private final PayInvoice payInvoice;
  private final VoidInvoice voidInvoice;
  private final ViewPayments viewPayments;

  /** What billing's use cases are made of. */
  record Wiring(
      Store store,
      PaymentGateway gateway,
      BillingPolicy policy,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {}

  Billing(Wiring w) {
    var tx = w.store().transactions();
    var invoices = w.store().invoices();
    viewInvoices = new ViewInvoices(tx, invoices, w.policy(), w.clock());
    payInvoice =
        new PayInvoice(
            tx,
            invoices,
            w.store().payments(),
            w.store().creditCards(),
            w.gateway(),
            w.policy(),
            w.ids(),
            w.settings(),
            w.clock());
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
}

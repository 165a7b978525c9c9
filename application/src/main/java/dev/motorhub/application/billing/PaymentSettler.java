package dev.motorhub.application.billing;

import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentOutcome;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.NotFound;
import java.util.function.UnaryOperator;

/**
 * Settles a pending payment in a short unit of work of its own: holding its invoice, then the
 * payment, it stores the outcome, and counts a succeeded payment as paid or releases what a failed
 * one held. A payment settled meanwhile (by the request that made it, or by another sweep) is left
 * as it is, so a payment settles once.
 */
public final class PaymentSettler {
  /** The payment and its invoice after the attempt, and whether this attempt settled it. */
  public record Settled(Payment payment, Invoice invoice, boolean now) {}

  private final Transactions tx;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final Notifier notifier;

  public PaymentSettler(
      Transactions tx, InvoiceRepository invoices, PaymentRepository payments, Notifier notifier) {
    this.tx = tx;
    this.invoices = invoices;
    this.payments = payments;
    this.notifier = notifier;
  }

  /**
   * Settles {@code pending} as {@code outcome} makes it, telling the payer in-app when {@code tell}
   * (a payment settled after its request was answered).
   */
  public Settled settle(Payment pending, UnaryOperator<Payment> outcome, boolean tell) {
    return tx.inTransaction(
        () -> {
          Invoice invoice =
              invoices.lock(pending.invoice()).orElseThrow(() -> new NotFound("Invoice"));
          Payment current = payments.lock(pending.id()).orElseThrow(() -> new NotFound("Payment"));
          if (!current.isPending()) {
            return new Settled(current, invoice, false);
          }
          if (!(invoice instanceof Invoice.Open open)) {
            throw new IllegalStateException("A payment is pending on a closed invoice");
          }
          Payment settled = outcome.apply(current);
          Invoice.Settlement settlement =
              switch (settled.outcome()) {
                case PaymentOutcome.Succeeded s -> open.settle(settled);
                case PaymentOutcome.Failed f -> open.release(settled);
                case PaymentOutcome.Pending p ->
                    throw new IllegalArgumentException("A settlement settles the payment");
              };
          payments.update(settled);
          Invoice after = invoices.update(settlement.invoice());
          if (tell) {
            tell(settled, after);
          }
          return new Settled(settled, after, true);
        });
  }

  private void tell(Payment payment, Invoice invoice) {
    String paid =
        "Your payment of "
            + payment.amount().plain()
            + " "
            + payment.amount().currency().getCurrencyCode()
            + " on invoice "
            + invoice.bill().number();
    switch (payment.outcome()) {
      case PaymentOutcome.Succeeded s ->
          notifier.tell(
              payment.payer(),
              NotificationKind.PAYMENT_SUCCEEDED,
              paid + " went through.",
              "payment",
              payment.id().value());
      case PaymentOutcome.Failed f ->
          notifier.tell(
              payment.payer(),
              NotificationKind.PAYMENT_FAILED,
              shorten(paid + " failed, and nothing was charged: " + f.reason()),
              "payment",
              payment.id().value());
      case PaymentOutcome.Pending p -> {}
    }
  }

  /** A notification's message holds 500 characters. */
  private static String shorten(String message) {
    return message.length() <= 500 ? message : message.substring(0, 499) + "…";
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.domain.billing.Bill;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentOutcome;
import dev.motorhub.domain.billing.PaymentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of billing: invoices with their lines, and payments with their status. An
 * invoice's {@code paid} counts succeeded payments only; {@code pending} is what payments still
 * pending hold.
 */
final class BillingViews {
  private BillingViews() {}

  record LineView(String description, int quantity, String unitPrice, String amount) {}

  record SourceView(String kind, String reference) {}

  record InvoiceView(
      String id,
      String number,
      String customerId,
      SourceView source,
      List<LineView> lines,
      String total,
      String paid,
      String pending,
      String owed,
      String currency,
      LocalDate issuedOn,
      LocalDate dueOn,
      String status,
      Instant paidAt,
      String voidReason,
      Instant voidedAt) {}

  record PaymentView(
      String id,
      String invoiceId,
      String payerId,
      String recordedBy,
      String cardId,
      String cardBrand,
      String cardLast4,
      String amount,
      String currency,
      String status,
      Instant createdAt,
      Instant settledAt,
      Instant paidAt,
      boolean late,
      String gatewayReference,
      String failureReason) {}

  static InvoiceView invoice(Invoice invoice, LocalDate today) {
    Bill bill = invoice.bill();
    Instant paidAt = invoice instanceof Invoice.Paid paid ? paid.paidAt() : null;
    String reason = invoice instanceof Invoice.Void v ? v.reason() : null;
    Instant voidedAt = invoice instanceof Invoice.Void v ? v.voidedAt() : null;
    return new InvoiceView(
        invoice.id().toString(),
        bill.number().value(),
        bill.customer().toString(),
        new SourceView(bill.source().kind(), bill.source().reference().toString()),
        bill.lines().stream().map(BillingViews::line).toList(),
        bill.total().plain(),
        invoice.paid().plain(),
        invoice.pending().plain(),
        invoice.owed().plain(),
        bill.total().currency().getCurrencyCode(),
        bill.issuedOn(),
        bill.dueOn(),
        invoice.status(today).wire(),
        paidAt,
        reason,
        voidedAt);
  }

  static PaymentView payment(Payment p) {
    return new PaymentView(
        p.id().toString(),
        p.invoice().toString(),
        p.payer().toString(),
        p.recordedBy().toString(),
        p.card().toString(),
        p.cardBrand().wire(),
        p.cardLast4(),
        p.amount().plain(),
        p.amount().currency().getCurrencyCode(),
        p.status().wire(),
        p.createdAt(),
        p.settledAt().orElse(null),
        p.status() == PaymentStatus.SUCCEEDED ? p.settledAt().orElseThrow() : null,
        p.late(),
        p.gatewayReference().orElse(null),
        p.outcome() instanceof PaymentOutcome.Failed failed ? failed.reason() : null);
  }

  private static LineView line(InvoiceLine line) {
    return new LineView(
        line.description(), line.quantity(), line.unitPrice().plain(), line.amount().plain());
  }
}

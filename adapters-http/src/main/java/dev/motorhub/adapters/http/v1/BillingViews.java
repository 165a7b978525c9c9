package dev.motorhub.adapters.http.v1;

import dev.motorhub.domain.billing.Bill;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.Payment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of billing: invoices with their lines, and payments. */
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
      Instant paidAt,
      boolean late,
      String gatewayReference) {}

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
        p.paidAt(),
        p.late(),
        p.gatewayReference());
  }

  private static LineView line(InvoiceLine line) {
    return new LineView(
        line.description(), line.quantity(), line.unitPrice().plain(), line.amount().plain());
  }
}

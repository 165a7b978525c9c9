package dev.motorhub.domain.billing;

import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Fixture factory for billing: an invoice of 150.00 USD to a customer, their cards, payments. */
public final class TestInvoices {
  public static final LocalDate ISSUED_ON = LocalDate.of(2025, 3, 10);
  public static final Period TERM = Period.ofDays(30);
  public static final LocalDate DUE_ON = LocalDate.of(2025, 4, 9);
  public static final Instant PAID_AT = Instant.parse("2025-03-20T12:00:00Z");

  public static final UserId CUSTOMER = new UserId(uuid(0x01));
  public static final UserId OTHER_CUSTOMER = new UserId(uuid(0x02));
  public static final UserId STAFF = new UserId(uuid(0x03));
  public static final InvoiceId INVOICE = new InvoiceId(uuid(0x11));
  public static final InvoiceId OTHER_INVOICE = new InvoiceId(uuid(0x12));
  public static final InvoiceNumber NUMBER = InvoiceNumber.of(2025, 42);
  public static final InvoiceSource SOURCE = new InvoiceSource("lease_exposure", uuid(0x21));
  public static final CardId CARD = new CardId(uuid(0x31));

  private TestInvoices() {}

  public static UUID uuid(int n) {
    return UUID.fromString(String.format("01900000-0000-7000-8000-%012x", n));
  }

  public static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  /** A listing fee of 100.00 and two photos at 25.00: 150.00 USD for {@link #CUSTOMER}. */
  public static List<InvoiceLine> lines() {
    return List.of(
        new InvoiceLine("Listing fee", 1, usd("100.00")),
        new InvoiceLine("Photos", 2, usd("25.00")));
  }

  public static InvoiceDraft draft() {
    return new InvoiceDraft(CUSTOMER, SOURCE, lines());
  }

  /** The draft, issued on {@link #ISSUED_ON} and due {@link #DUE_ON}, nothing paid. */
  public static Invoice.Open openInvoice() {
    return Invoice.issue(INVOICE, draft(), NUMBER, ISSUED_ON, TERM);
  }

  /** A card of {@code owner}'s, usable through {@code expiry}. */
  public static CreditCard card(UserId owner, YearMonth expiry) {
    return new CreditCard(
        CARD,
        owner,
        CardBrand.VISA,
        "4242",
        expiry,
        "Wanjiru Otieno",
        "fp-4242",
        Instant.parse("2025-01-01T00:00:00Z"));
  }

  /** The customer's card, usable through 12/2027. */
  public static CreditCard customersCard() {
    return card(CUSTOMER, YearMonth.of(2027, 12));
  }

  /** The customer's payment of {@code amount} on {@code invoice} with their card, pending. */
  public static Payment pendingPayment(InvoiceId invoice, Money amount, Instant at) {
    return new Payment(
        new PaymentId(uuid(0x41)),
        invoice,
        CUSTOMER,
        CUSTOMER,
        CARD,
        CardBrand.VISA,
        "4242",
        amount,
        at,
        false,
        new PaymentOutcome.Pending(at),
        Optional.empty());
  }

  /** The customer's payment of {@code amount} on {@code invoice} with their card, succeeded. */
  public static Payment payment(InvoiceId invoice, Money amount, Instant at) {
    return pendingPayment(invoice, amount, at).succeed("gw-0001", at);
  }

  /** The succeeded {@code payment} held by {@code invoice} while pending, then settled. */
  public static Invoice.Settlement settled(Invoice.Open invoice, Payment payment) {
    Payment pending =
        new Payment(
            payment.id(),
            payment.invoice(),
            payment.payer(),
            payment.recordedBy(),
            payment.card(),
            payment.cardBrand(),
            payment.cardLast4(),
            payment.amount(),
            payment.createdAt(),
            payment.late(),
            new PaymentOutcome.Pending(payment.createdAt()),
            payment.idempotencyKey());
    return invoice.hold(pending).settle(payment);
  }
}

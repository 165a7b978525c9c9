package dev.motorhub.application.contract;

import dev.motorhub.domain.billing.IdempotencyKey;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceDraft;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.InvoiceNumber;
import dev.motorhub.domain.billing.InvoiceSource;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.billing.PaymentOutcome;
import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The invoices and payments the billing contracts store: distinct numbers and sources, time-ordered
 * ids and instants at microsecond precision, as {@link Fixtures} makes accounts.
 */
public final class BillingFixtures {
  /** The day the fixtures' invoices are issued on, unless told otherwise. */
  public static final LocalDate ISSUED = LocalDate.of(2025, 3, 10);

  /** How long the fixtures' invoices take to fall due. */
  public static final Period TERM = Period.ofDays(30);

  private static final AtomicLong NUMBERS = new AtomicLong();

  private BillingFixtures() {}

  /** A new open invoice of one 25.00 line to {@code customer}, issued on {@link #ISSUED}. */
  public static Invoice.Open invoice(UserId customer) {
    return invoice(customer, ISSUED);
  }

  public static Invoice.Open invoice(UserId customer, LocalDate issuedOn) {
    return invoice(
        customer,
        source(),
        List.of(new InvoiceLine("Lease listing: Standard", 1, Money.of("25.00", "USD"))),
        issuedOn);
  }

  /** A new open invoice of {@code lines} for {@code source}, due {@link #TERM} after its issue. */
  public static Invoice.Open invoice(
      UserId customer, InvoiceSource source, List<InvoiceLine> lines, LocalDate issuedOn) {
    return Invoice.issue(
        new InvoiceId(Fixtures.nextId()),
        new InvoiceDraft(customer, source, lines),
        InvoiceNumber.of(issuedOn.getYear(), NUMBERS.incrementAndGet()),
        issuedOn,
        TERM);
  }

  /** A source no other fixture invoices: the exposure of a trade of its own. */
  public static InvoiceSource source() {
    return new InvoiceSource("lease_exposure", Fixtures.nextId());
  }

  /** {@code payer}'s succeeded payment of {@code amount} on {@code invoice}, by the payer. */
  public static Payment payment(Invoice invoice, UserId payer, String amount, Instant at) {
    return payment(invoice, payer, payer, amount, at, Optional.empty());
  }

  /** A succeeded payment with a Visa card ending 4242, recorded by {@code recorder}. */
  public static Payment payment(
      Invoice invoice,
      UserId payer,
      UserId recorder,
      String amount,
      Instant at,
      Optional<String> key) {
    Payment pending = pending(invoice, payer, recorder, amount, at, key);
    return pending.succeed("ch_" + pending.id().value(), at);
  }

  /** A pending payment, to be checked at {@code at}, recorded by {@code recorder}. */
  public static Payment pending(
      Invoice invoice,
      UserId payer,
      UserId recorder,
      String amount,
      Instant at,
      Optional<String> key) {
    PaymentId id = new PaymentId(Fixtures.nextId());
    return new Payment(
        id,
        invoice.id(),
        payer,
        recorder,
        new CardId(Fixtures.nextId()),
        CardBrand.VISA,
        "4242",
        Money.of(amount, "USD"),
        at,
        false,
        new PaymentOutcome.Pending(at),
        key.map(k -> new IdempotencyKey(k, invoice.id() + "|card|" + amount)));
  }

  /** {@code invoice} after {@code payer} paid {@code amount}: held while pending, then settled. */
  public static Invoice paid(Invoice.Open invoice, UserId payer, String amount, Instant at) {
    Payment pending = pending(invoice, payer, payer, amount, at, Optional.empty());
    return invoice.hold(pending).settle(pending.succeed("ch_" + pending.id(), at)).invoice();
  }
}

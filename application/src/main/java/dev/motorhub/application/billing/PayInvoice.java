package dev.motorhub.application.billing;

import dev.motorhub.application.customers.CreditCardRepository;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.billing.BillingPolicy;
import dev.motorhub.domain.billing.IdempotencyKey;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer pays (part of) an invoice with one of their cards, or staff record the payment with a
 * card on the customer's file. The amount defaults to what is owed; it is positive and never more
 * than what is owed, payments going one at a time per invoice. The same idempotency key pays once
 * and answers every retry with the first payment.
 */
public final class PayInvoice {
  /** Who pays, which invoice, with which card, how much (all that is owed when null), the key. */
  public record Command(
      Principal principal, InvoiceId invoice, CardId card, String amount, String idempotencyKey) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(invoice, "invoice");
      Objects.requireNonNull(card, "card");
    }
  }

  /** The payment, the invoice after it, and whether it was made earlier under the same key. */
  public record Receipt(Payment payment, Invoice invoice, boolean replayed) {}

  private final Transactions tx;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final CreditCardRepository cards;
  private final PaymentGateway gateway;
  private final BillingPolicy access;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final Clock clock;

  public PayInvoice(
      Transactions tx,
      InvoiceRepository invoices,
      PaymentRepository payments,
      CreditCardRepository cards,
      PaymentGateway gateway,
      BillingPolicy access,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.invoices = invoices;
    this.payments = payments;
    this.cards = cards;
    this.gateway = gateway;
    this.access = access;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  public Receipt pay(Command command) {
    Actor actor = command.principal().actor();
    Optional<Money> amount =
        Optional.ofNullable(command.amount())
            .filter(a -> !a.isBlank())
            .map(a -> Money.parse(a, settings.currency(), "amount"));
    Optional<IdempotencyKey> key =
        Optional.ofNullable(command.idempotencyKey())
            .map(k -> new IdempotencyKey(k, request(command, amount)));
    Optional<Receipt> earlier = key.flatMap(k -> tx.inTransaction(() -> replay(actor, k)));
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return tx.inTransaction(() -> payOnce(command, actor, amount, key));
    } catch (Conflict sameKeyAtOnce) {
      // Another request with the same key won the race; answer with its payment.
      return key.flatMap(k -> tx.inTransaction(() -> replay(actor, k)))
          .orElseThrow(() -> sameKeyAtOnce);
    }
  }

  private Receipt payOnce(
      Command command, Actor actor, Optional<Money> amount, Optional<IdempotencyKey> key) {
    Invoice invoice =
        invoices
            .lock(command.invoice())
            .filter(i -> access.maySee(actor, i))
            .orElseThrow(() -> new NotFound("Invoice"));
    // Read the key again under the invoice's lock: a retry that came in while the first request
    // was paying must be answered with its payment, not charged a second time.
    Optional<Receipt> meanwhile = key.flatMap(k -> replay(actor, k));
    if (meanwhile.isPresent()) {
      return meanwhile.get();
    }
    if (!(invoice instanceof Invoice.Open open)) {
      throw new RuleViolated(
          "This invoice is " + invoice.status(LocalDate.now(clock)).wire() + ".");
    }
    CreditCard card =
        cards
            .findById(command.card())
            .filter(c -> access.mayPayWith(actor, c))
            .orElseThrow(() -> new NotFound("Card"));
    Money paying = amount.orElseGet(open::owed);
    LocalDate today = LocalDate.now(clock);
    open.requirePayable(card, paying, today);
    PaymentId id = new PaymentId(ids.next());
    String reference = gateway.charge(id, card, paying, "Motorhub invoice " + open.bill().number());
    Instant now = clock.instant();
    Payment payment =
        new Payment(
            id,
            open.id(),
            card.owner(),
            actor.id(),
            card.id(),
            card.brand(),
            card.last4(),
            paying,
            now,
            open.isOverdueOn(today),
            reference,
            key);
    Invoice.Settlement settlement = open.settle(payment);
    payments.add(payment);
    return new Receipt(payment, invoices.update(settlement.invoice()), false);
  }

  private Optional<Receipt> replay(Actor actor, IdempotencyKey key) {
    return payments
        .findByIdempotencyKey(actor.id(), key.key())
        .map(
            payment -> {
              if (!payment.idempotencyKey().orElseThrow().request().equals(key.request())) {
                throw new RuleViolated(
                    "This Idempotency-Key was used for another payment request; use a new key.");
              }
              return new Receipt(payment, invoices.findById(payment.invoice()).orElseThrow(), true);
            });
  }

  /** What a retry must repeat to be the same request: the invoice, the card and the amount. */
  private static String request(Command command, Optional<Money> amount) {
    return command.invoice() + "|" + command.card() + "|" + amount.map(Money::plain).orElse("owed");
  }
}

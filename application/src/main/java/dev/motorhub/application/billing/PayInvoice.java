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
import dev.motorhub.domain.billing.PaymentOutcome;
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
 * card on the customer's file. The amount defaults to what is owed beyond the payments pending; it
 * is positive and never more than that. The same idempotency key pays once and answers every retry
 * with the first payment.
 *
 * <p>One request, three steps, two short units of work. First the payment is recorded as pending
 * while the invoice is locked: its amount is held against what is owed (so payments at once never
 * come to more) and its idempotency key is claimed. Then the card is charged, outside any unit of
 * work and lock: a provider's answer may take seconds, and must never keep the invoice locked nor
 * be lost with a unit of work that fails after it. Last the payment is settled in a second unit of
 * work: succeeded, it counts as paid; declined, it fails, what it held is released and the decline
 * is the answer. When the provider's answer is not known (down, timed out) the payment stays
 * pending, and so does the answer; {@link ResolvePendingPayments} asks the provider later. Nothing
 * is ever charged twice: a payment is charged once, under its own id, by the request that made it.
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

  /**
   * The payment (succeeded, or pending when the charge's outcome is not known yet), the invoice
   * after it, and whether it was made earlier under the same key.
   */
  public record Receipt(Payment payment, Invoice invoice, boolean replayed) {
    public boolean pending() {
      return payment.isPending();
    }
  }

  /** The pending payment held under the invoice's lock, or the answer found there already. */
  private record Held(
      Optional<Receipt> earlier, Payment payment, CreditCard card, String description) {}

  private final Transactions tx;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final CreditCardRepository cards;
  private final PaymentGateway gateway;
  private final PaymentSettler settler;
  private final BillingPolicy access;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final PaymentSettings paymentSettings;
  private final Clock clock;

  public PayInvoice(
      Transactions tx,
      InvoiceRepository invoices,
      PaymentRepository payments,
      CreditCardRepository cards,
      PaymentGateway gateway,
      PaymentSettler settler,
      BillingPolicy access,
      IdGenerator ids,
      CoreSettings settings,
      PaymentSettings paymentSettings,
      Clock clock) {
    this.tx = tx;
    this.invoices = invoices;
    this.payments = payments;
    this.cards = cards;
    this.gateway = gateway;
    this.settler = settler;
    this.access = access;
    this.ids = ids;
    this.settings = settings;
    this.paymentSettings = paymentSettings;
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
    Held held;
    try {
      held = tx.inTransaction(() -> hold(command, actor, amount, key));
    } catch (Conflict sameKeyAtOnce) {
      // Another request with the same key won the race; answer with its payment.
      return key.flatMap(k -> tx.inTransaction(() -> replay(actor, k)))
          .orElseThrow(() -> sameKeyAtOnce);
    }
    return held.earlier().orElseGet(() -> charge(held.payment(), held.card(), held.description()));
  }

  /** The first unit of work: the payment recorded as pending, its amount held by the invoice. */
  private Held hold(
      Command command, Actor actor, Optional<Money> amount, Optional<IdempotencyKey> key) {
    Invoice invoice =
        invoices
            .lock(command.invoice())
            .filter(i -> access.maySee(actor, i))
            .orElseThrow(() -> new NotFound("Invoice"));
    // Read the key again under the invoice's lock: a retry that came in while the first request
    // was holding its payment must be answered with that payment, not charged a second time.
    Optional<Receipt> meanwhile = key.flatMap(k -> replay(actor, k));
    if (meanwhile.isPresent()) {
      return new Held(meanwhile, null, null, null);
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
    if (amount.isEmpty() && open.payable().amount().signum() == 0) {
      throw new RuleViolated(
          "Nothing more is owed on this invoice: "
              + open.pending().plain()
              + " of payments are pending.");
    }
    Money paying = amount.orElseGet(open::payable);
    LocalDate today = LocalDate.now(clock);
    open.requirePayable(card, paying, today);
    Instant now = clock.instant();
    Payment payment =
        new Payment(
            new PaymentId(ids.next()),
            open.id(),
            card.owner(),
            actor.id(),
            card.id(),
            card.brand(),
            card.last4(),
            paying,
            now,
            open.isOverdueOn(today),
            new PaymentOutcome.Pending(now.plus(paymentSettings.checkAfter())),
            key);
    invoices.update(open.hold(payment));
    payments.add(payment);
    return new Held(Optional.empty(), payment, card, "Motorhub invoice " + open.bill().number());
  }

  /** The charge, outside any unit of work, then the second unit of work that settles it. */
  private Receipt charge(Payment pending, CreditCard card, String description) {
    String reference;
    try {
      reference = gateway.charge(pending.id(), card, pending.amount(), description);
    } catch (RuleViolated declined) {
      return answer(settler.settle(pending, p -> p.fail(declined.getMessage(), now()), false));
    } catch (RuntimeException outcomeUnknown) {
      // Down, timed out, or failed in a way that does not say whether the card was charged: the
      // payment stays pending, holding its amount, until the sweep learns the outcome.
      return new Receipt(
          pending,
          tx.inTransaction(() -> invoices.findById(pending.invoice())).orElseThrow(),
          false);
    }
    return answer(settler.settle(pending, p -> p.succeed(reference, now()), false));
  }

  private Instant now() {
    return clock.instant();
  }

  private static Receipt answer(PaymentSettler.Settled settled) {
    return answered(settled.payment(), settled.invoice(), false);
  }

  /** A payment as the answer: a failed one is refused for its reason, as when it was declined. */
  private static Receipt answered(Payment payment, Invoice invoice, boolean replayed) {
    if (payment.outcome() instanceof PaymentOutcome.Failed failed) {
      throw new RuleViolated(failed.reason());
    }
    return new Receipt(payment, invoice, replayed);
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
              return answered(payment, invoices.findById(payment.invoice()).orElseThrow(), true);
            });
  }

  /** What a retry must repeat to be the same request: the invoice, the card and the amount. */
  private static String request(Command command, Optional<Money> amount) {
    return command.invoice() + "|" + command.card() + "|" + amount.map(Money::plain).orElse("owed");
  }
}

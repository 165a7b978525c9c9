package dev.motorhub.domain.billing;

import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment of (part of) an invoice with a card on file: the customer who paid (the card's owner,
 * the one billed), who recorded it (the customer, or staff on their behalf), how much, when it was
 * made, whether after the due date, and what the card was (its brand and last digits stay even if
 * the card is removed). The idempotency key, if the client sent one, is its recorder's.
 *
 * <p>A payment is made pending, before its card is charged: its amount is then held against what
 * the invoice owes. Once the charge's outcome is known it settles, for good: succeeded, with the
 * payment provider's reference of the charge (only then does it count as paid), or failed, with the
 * reason, paying nothing.
 */
public record Payment(
    PaymentId id,
    InvoiceId invoice,
    UserId payer,
    UserId recordedBy,
    CardId card,
    CardBrand cardBrand,
    String cardLast4,
    Money amount,
    Instant createdAt,
    boolean late,
    PaymentOutcome outcome,
    Optional<IdempotencyKey> idempotencyKey) {

  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(cardBrand, "cardBrand");
    Objects.requireNonNull(cardLast4, "cardLast4");
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException("A payment is of a positive amount");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }

  public PaymentStatus status() {
    return outcome.status();
  }

  public boolean isPending() {
    return outcome instanceof PaymentOutcome.Pending;
  }

  /** The provider's reference of the charge, once it succeeded. */
  public Optional<String> gatewayReference() {
    return outcome instanceof PaymentOutcome.Succeeded s
        ? Optional.of(s.gatewayReference())
        : Optional.empty();
  }

  /** When the outcome became known, once it is. */
  public Optional<Instant> settledAt() {
    return switch (outcome) {
      case PaymentOutcome.Pending pending -> Optional.empty();
      case PaymentOutcome.Succeeded s -> Optional.of(s.settledAt());
      case PaymentOutcome.Failed f -> Optional.of(f.settledAt());
    };
  }

  /** The pending payment, its card charged under {@code reference} as known at {@code at}. */
  public Payment succeed(String reference, Instant at) {
    return settled(new PaymentOutcome.Succeeded(reference, at));
  }

  /** The pending payment, its card not charged, for {@code reason}, as known at {@code at}. */
  public Payment fail(String reason, Instant at) {
    return settled(new PaymentOutcome.Failed(reason, at));
  }

  /** The pending payment, to be looked up at the provider again from {@code at}. */
  public Payment checkAgainAt(Instant at) {
    return settled(new PaymentOutcome.Pending(at));
  }

  private Payment settled(PaymentOutcome next) {
    if (!isPending()) {
      throw new IllegalStateException("Payment " + id + " is " + status().wire() + " already");
    }
    return new Payment(
        id,
        invoice,
        payer,
        recordedBy,
        card,
        cardBrand,
        cardLast4,
        amount,
        createdAt,
        late,
        next,
        idempotencyKey);
  }
}

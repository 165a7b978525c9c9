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
 * the one billed), who recorded it (the customer, or staff on their behalf), how much, when,
 * whether after the due date, and what the card was (its brand and last digits stay even if the
 * card is removed). The payment gateway's reference ties it to the charge; the idempotency key, if
 * the client sent one, is its recorder's.
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
    Instant paidAt,
    boolean late,
    String gatewayReference,
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
    Objects.requireNonNull(paidAt, "paidAt");
    Objects.requireNonNull(gatewayReference, "gatewayReference");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}

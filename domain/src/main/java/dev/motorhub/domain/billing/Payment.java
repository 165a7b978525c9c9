package dev.motorhub.domain.billing;

import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment of (part of) an invoice with a card on file: who paid, how much, when, whether after
 * the due date, and what the card was (its brand and last digits stay even if the card is removed).
 * The payment gateway's reference ties it to the charge.
 */
public record Payment(
    PaymentId id,
    InvoiceId invoice,
    UserId payer,
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

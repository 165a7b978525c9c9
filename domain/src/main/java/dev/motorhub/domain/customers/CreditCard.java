package dev.motorhub.domain.customers;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A payment card on a customer's file: what may be kept of a card and nothing more. The number and
 * the CVC are checked when the card is added and then forgotten: only the brand, the last four
 * digits, the expiry, the holder's name and a keyed fingerprint stay, the fingerprint telling the
 * same card added twice. A card is usable through the last day of its expiry month.
 */
public record CreditCard(
    CardId id,
    UserId owner,
    CardBrand brand,
    String last4,
    YearMonth expiry,
    String holder,
    String fingerprint,
    Instant createdAt) {

  public CreditCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(brand, "brand");
    if (last4 == null || !last4.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("last4 must be four digits");
    }
    Objects.requireNonNull(expiry, "expiry");
    holder = Text.required(holder, "holder", 100);
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  public boolean isExpiredOn(LocalDate day) {
    return YearMonth.from(day).isAfter(expiry);
  }
}

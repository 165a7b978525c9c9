package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.CardExpiry;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.YearMonth;

/**
 * A payment card as a client types it, every field raw: the number, the expiry as {@code MM/YY} or
 * {@code MM/YYYY} text or as a separate month and year, the holder's name and the security code.
 * {@link #toString()} never shows the number or the code.
 */
public record CardForm(
    String number, String expiry, Integer expMonth, Integer expYear, String holder, String cvc) {

  /** The expiry month, from the text or from the month and year, whichever was given. */
  YearMonth expiryMonth() {
    boolean text = expiry != null && !expiry.isBlank();
    if (text && (expMonth != null || expYear != null)) {
      throw InvalidInput.of("expiry", "Give the expiry or exp_month and exp_year, not both.");
    }
    if (text) {
      return CardExpiry.parse(expiry);
    }
    if (expMonth == null && expYear == null) {
      throw InvalidInput.of("expiry", "This field is required.");
    }
    if (expMonth == null || expYear == null) {
      throw InvalidInput.of(expMonth == null ? "exp_month" : "exp_year", "This field is required.");
    }
    return CardExpiry.of(expMonth, expYear);
  }

  @Override
  public String toString() {
    return "CardForm[number=***, expiry="
        + expiry
        + ", expMonth="
        + expMonth
        + ", expYear="
        + expYear
        + ", holder="
        + holder
        + ", cvc=***]";
  }
}

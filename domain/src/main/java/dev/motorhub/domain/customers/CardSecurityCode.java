package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;

/**
 * The security code printed on a card (CVC, CVV, CID): three digits, four on American Express
 * cards. It is checked when the card is added and then dropped; {@link #toString()} never shows it.
 */
public record CardSecurityCode(String digits) {
  public CardSecurityCode {
    digits = digits == null ? "" : digits.strip();
    if (digits.isEmpty()) {
      throw InvalidInput.of("cvc", "This field is required.");
    }
    if (!digits.matches("[0-9]{3,4}")) {
      throw InvalidInput.of("cvc", "Enter the 3- or 4-digit security code of the card.");
    }
  }

  /** This code, refused unless it has as many digits as {@code brand}'s codes. */
  public CardSecurityCode requireFits(CardBrand brand) {
    int wanted = brand == CardBrand.AMEX ? 4 : 3;
    if (digits.length() != wanted) {
      throw InvalidInput.of(
          "cvc",
          brand == CardBrand.AMEX
              ? "Enter the 4-digit security code on the front of the card."
              : "Enter the 3-digit security code on the back of the card.");
    }
    return this;
  }

  @Override
  public String toString() {
    return "CardSecurityCode[***]";
  }
}

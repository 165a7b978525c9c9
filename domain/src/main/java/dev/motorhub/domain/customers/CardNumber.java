package dev.motorhub.domain.customers;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * A payment card's full number, as typed and checked: 12 to 19 digits (spaces and dashes between
 * them are dropped) that pass the Luhn check and fit the length of their network. It exists only
 * while a card is being added: it is never stored, and {@link #toString()} shows the last four
 * digits alone. No message about a bad number repeats the number.
 */
public record CardNumber(String digits) {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{12,19}");

  public CardNumber {
    digits = digits == null ? "" : SEPARATORS.matcher(digits).replaceAll("");
    if (digits.isEmpty()) {
      throw InvalidInput.of("number", "This field is required.");
    }
    if (!DIGITS.matcher(digits).matches()) {
      throw InvalidInput.of("number", "Enter the card number: 12 to 19 digits.");
    }
    if (!passesLuhn(digits)) {
      throw InvalidInput.of("number", "This card number is not valid; check it for typos.");
    }
    CardBrand brand = CardNetworks.brandOf(digits);
    if (!CardNetworks.fitsLength(brand, digits.length())) {
      throw InvalidInput.of(
          "number", "This card number has the wrong number of digits for its network.");
    }
  }

  /** The network the number belongs to, from its leading digits. */
  public CardBrand brand() {
    return CardNetworks.brandOf(digits);
  }

  public String last4() {
    return digits.substring(digits.length() - 4);
  }

  /** The Luhn (mod 10) check: every second digit from the right doubled, the sum ends in 0. */
  static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  @Override
  public String toString() {
    return "CardNumber[****" + last4() + "]";
  }
}

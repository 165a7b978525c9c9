package dev.motorhub.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in one currency, scaled to that currency's minor unit; never mixes currencies. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** The largest amount the platform stores: ten digits before the point. */
  public static final BigDecimal MAX = new BigDecimal("9999999999.99");

  /** What {@link #parse} says of text that is not an amount. */
  public static final String NOT_AN_AMOUNT =
      "A valid amount is required: digits with at most two decimal places, such as 500 or 500.00"
          + " (no sign, spaces or exponent).";

  private static final int MAX_DECIMALS = 2;
  private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    if (amount.stripTrailingZeros().scale() > scale) {
      throw InvalidInput.of("amount", "Use at most " + scale + " decimal places.");
    }
    amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /**
   * Parses an amount as a client sends it: plain ASCII digits with at most two decimal places, such
   * as {@code "500"} or {@code "500.00"}. A sign, an exponent, spaces and other scripts' digits are
   * refused, each with a message on {@code field}.
   */
  public static Money parse(String text, Currency currency, String field) {
    if (text != null && NEGATIVE.matcher(text).matches()) {
      throw InvalidInput.of(field, "Ensure this value is greater than or equal to 0.");
    }
    if (text == null || !PLAIN.matcher(text).matches()) {
      throw InvalidInput.of(field, NOT_AN_AMOUNT);
    }
    BigDecimal amount = new BigDecimal(text);
    if (amount.compareTo(MAX) > 0) {
      throw InvalidInput.of(field, "Ensure this value is at most " + MAX.toPlainString() + ".");
    }
    if (amount.scale() > MAX_DECIMALS) {
      throw InvalidInput.of(field, "Use at most " + MAX_DECIMALS + " decimal places.");
    }
    try {
      return new Money(amount, currency);
    } catch (InvalidInput invalid) {
      throw InvalidInput.of(field, invalid.errors().get("amount").getFirst());
    }
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public Money plus(Money other) {
    sameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    sameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  @Override
  public int compareTo(Money other) {
    sameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new RuleViolated(
          "Cannot combine " + currency.getCurrencyCode() + " with " + other.currency + ".");
    }
  }

  /** The amount as a plain decimal string with the currency's places, such as {@code 500.00}. */
  public String plain() {
    return amount.toPlainString();
  }
}

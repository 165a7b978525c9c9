package dev.motorhub.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in one currency, scaled to that currency's minor unit; never mixes currencies. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** The largest amount the platform stores: ten digits before the point. */
  public static final BigDecimal MAX = new BigDecimal("9999999999.99");

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

  /** Parses an amount as a client sends it, such as {@code "500"} or {@code "500.00"}. */
  public static Money parse(String text, Currency currency, String field) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInput.of(field, "A valid number is required.");
    }
    if (amount.abs().compareTo(MAX) > 0) {
      throw InvalidInput.of(field, "Ensure this value is at most " + MAX.toPlainString() + ".");
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

package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The money of a proposal: the amount, the down payment out of it, the term in days, and how often
 * the balance is paid. The instalment is derived, never given: the balance over the number of
 * instalments, rounded up to the cent so that the instalments always cover it.
 */
public record ProposalTerms(
    Money amount, Money downPayment, int termDays, PaymentFrequency frequency) {
  public static final int MAX_TERM_DAYS = 3650;

  public ProposalTerms {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(downPayment, "downPayment");
    Objects.requireNonNull(frequency, "frequency");
    check(amount, downPayment, termDays, new Violations()).throwIfAny();
  }

  /**
   * Adds to {@code violations} what is wrong with these terms, so a form names it with its other
   * errors; a term that could not be read is null and left out.
   */
  public static Violations check(
      Money amount, Money downPayment, Integer termDays, Violations violations) {
    boolean positive = amount != null && amount.amount().signum() > 0;
    if (amount != null && !positive) {
      violations.add("amount", "Ensure this value is greater than 0.");
    }
    if (downPayment != null && downPayment.isNegative()) {
      violations.add("down_payment", "Ensure this value is greater than or equal to 0.");
    } else if (downPayment != null && positive && downPayment.compareTo(amount) > 0) {
      violations.add("down_payment", "The down payment cannot be more than the amount.");
    }
    if (termDays != null && (termDays < 1 || termDays > MAX_TERM_DAYS)) {
      violations.add("term_days", "Ensure this value is between 1 and " + MAX_TERM_DAYS + ".");
    }
    return violations;
  }

  public int instalments() {
    return frequency.instalmentsOver(termDays);
  }

  /** What each instalment pays of the balance after the down payment. */
  public Money instalment() {
    BigDecimal balance = amount.minus(downPayment).amount();
    int scale = balance.scale();
    return new Money(
        balance.divide(BigDecimal.valueOf(instalments()), scale, RoundingMode.UP),
        amount.currency());
  }
}

package dev.motorhub.application.marketplace;

import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Violations;
import java.util.Currency;

/**
 * A proposal's terms as a client states them: the amount, the down payment (none when absent), the
 * term in days, how often the balance is paid, and a note. Every bad field is named at once.
 */
public record ProposalForm(
    String amount, String downPayment, Integer termDays, String frequency, String note) {

  ProposalTerms terms(Currency currency) {
    Violations violations = new Violations().require(amount, "amount");
    violations.require(termDays, "term_days").require(frequency, "payment_frequency");
    violations.throwIfAny();
    Money total = violations.capture(() -> Money.parse(amount, currency, "amount"));
    Money down =
        downPayment == null || downPayment.isBlank()
            ? Money.parse("0", currency, "down_payment")
            : violations.capture(() -> Money.parse(downPayment, currency, "down_payment"));
    PaymentFrequency every =
        violations.capture(() -> PaymentFrequency.parse(frequency, "payment_frequency"));
    ProposalTerms.check(total, down, termDays, violations).throwIfAny();
    return new ProposalTerms(total, down, termDays, every);
  }
}

package dev.motorhub.domain.marketplace;

import static dev.motorhub.domain.marketplace.TestTrades.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Violations;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProposalTermsTest {

  private static ProposalTerms terms(String amount, String down, int days, PaymentFrequency f) {
    return new ProposalTerms(usd(amount), usd(down), days, f);
  }

  @ParameterizedTest(name = "{0} with {1} down over {2} days {3}: {4} x {5}")
  @CsvSource({
    "12000.00, 2000.00, 360, MONTHLY, 12, 833.34",
    "1000.00, 0.00, 90, MONTHLY, 3, 333.34",
    "1000.00, 0.00, 92, MONTHLY, 4, 250.00",
    "1000.00, 100.00, 365, ONE_TIME, 1, 900.00",
    "1000.00, 0.00, 28, BIWEEKLY, 2, 500.00",
    "100.00, 0.00, 21, WEEKLY, 3, 33.34",
    "100.00, 0.00, 22, WEEKLY, 4, 25.00",
    "0.01, 0.00, 35, WEEKLY, 5, 0.01",
    "1000.00, 1000.00, 60, MONTHLY, 2, 0.00",
  })
  void theInstalment_isTheBalanceOverTheInstalmentsRoundedUpToTheCent(
      String amount, String down, int days, PaymentFrequency frequency, int count, String each) {
    ProposalTerms terms = terms(amount, down, days, frequency);
    assertThat(terms.instalments()).isEqualTo(count);
    assertThat(terms.instalment()).isEqualTo(usd(each));
    assertThat(terms.instalment().amount().scale()).isEqualTo(2);
  }

  @Test
  void theInstalments_alwaysCoverTheBalanceByLessThanACentEach() {
    for (String amount : new String[] {"999.99", "1234.56", "10000.00", "7.77"}) {
      for (int days : new int[] {1, 13, 29, 45, 100, 365, 3650}) {
        for (PaymentFrequency frequency : PaymentFrequency.values()) {
          ProposalTerms terms = terms(amount, "0.00", days, frequency);
          BigDecimal balance = new BigDecimal(amount);
          BigDecimal count = BigDecimal.valueOf(terms.instalments());
          BigDecimal each = terms.instalment().amount();
          assertThat(each.multiply(count))
              .as("%s %s over %d days", amount, frequency, days)
              .isGreaterThanOrEqualTo(balance);
          assertThat(each.subtract(new BigDecimal("0.01")).multiply(count))
              .as("%s %s over %d days", amount, frequency, days)
              .isLessThan(balance);
        }
      }
    }
  }

  @Test
  void theInstalment_isInTheAmountsCurrencyRoundedUpToItsMinorUnit() {
    ProposalTerms yen =
        new ProposalTerms(
            Money.of("10000", "JPY"), Money.of("0", "JPY"), 90, PaymentFrequency.MONTHLY);
    assertThat(yen.instalment()).isEqualTo(Money.of("3334", "JPY"));
  }

  @Test
  void aDownPaymentOfTheWholeAmount_leavesNothingToPayInInstalments() {
    assertThat(terms("500.00", "500.00", 30, PaymentFrequency.WEEKLY).instalment())
        .isEqualTo(usd("0.00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1.00"})
  void anAmountThatIsNotPositive_isRefused(String amount) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> terms(amount, "0", 30, PaymentFrequency.MONTHLY))
        .satisfies(
            e ->
                assertThat(e.errors().get("amount"))
                    .containsExactly("Ensure this value is greater than 0."));
  }

  @Test
  void aNegativeDownPayment_isRefused() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> terms("100", "-0.01", 30, PaymentFrequency.MONTHLY))
        .satisfies(
            e ->
                assertThat(e.errors().get("down_payment"))
                    .containsExactly("Ensure this value is greater than or equal to 0."));
  }

  @Test
  void aDownPaymentAboveTheAmount_isRefused() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> terms("100.00", "100.01", 30, PaymentFrequency.MONTHLY))
        .satisfies(
            e ->
                assertThat(e.errors().get("down_payment"))
                    .containsExactly("The down payment cannot be more than the amount."));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 3651, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void aTermOutsideOneDayToTenYears_isRefused(int days) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> terms("100", "0", days, PaymentFrequency.MONTHLY))
        .satisfies(
            e ->
                assertThat(e.errors().get("term_days"))
                    .containsExactly("Ensure this value is between 1 and 3650."));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3650})
  void theTermsBounds_areAllowed(int days) {
    assertThat(terms("100", "0", days, PaymentFrequency.WEEKLY).termDays()).isEqualTo(days);
  }

  @Test
  void amountDownPaymentAndFrequency_areRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new ProposalTerms(null, usd("0"), 30, PaymentFrequency.MONTHLY));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new ProposalTerms(usd("1"), null, 30, PaymentFrequency.MONTHLY));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new ProposalTerms(usd("1"), usd("0"), 30, null));
  }

  @Test
  void everyBadTerm_isNamedAtOnce() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> terms("0.00", "-1.00", 0, PaymentFrequency.WEEKLY))
        .satisfies(
            invalid ->
                assertThat(invalid.errors())
                    .containsOnlyKeys("amount", "down_payment", "term_days"));
  }

  @Test
  void aFormChecksTheTermsItCouldRead_andLeavesOutTheOthers() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> ProposalTerms.check(null, usd("5.00"), 0, new Violations()).throwIfAny())
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("term_days"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                ProposalTerms.check(usd("-1.00"), usd("0.00"), null, new Violations()).throwIfAny())
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("amount"));
    assertThat(ProposalTerms.check(usd("10.00"), usd("5.00"), 30, new Violations()).isEmpty())
        .isTrue();
  }
}

package dev.motorhub.domain.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentFrequencyTest {

  @Test
  void onTheWire_frequenciesAreLowerCaseWithAHyphen() {
    assertThat(PaymentFrequency.ONE_TIME.wire()).isEqualTo("one-time");
    assertThat(PaymentFrequency.MONTHLY.wire()).isEqualTo("monthly");
    assertThat(PaymentFrequency.BIWEEKLY.wire()).isEqualTo("biweekly");
    assertThat(PaymentFrequency.WEEKLY.wire()).isEqualTo("weekly");
  }

  @ParameterizedTest
  @CsvSource({
    "one-time, ONE_TIME",
    "one_time, ONE_TIME",
    "ONE_TIME, ONE_TIME",
    "' One-Time ', ONE_TIME",
    "monthly, MONTHLY",
    "Monthly, MONTHLY",
    "biweekly, BIWEEKLY",
    "WEEKLY, WEEKLY",
  })
  void parse_readsTheWireNameInAnyCaseWithHyphenOrUnderscore(
      String text, PaymentFrequency expected) {
    assertThat(PaymentFrequency.parse(text, "payment_frequency")).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "daily", "bi-weekly", "one time", "onetime", "yearly"})
  void parse_refusesAnythingElseOnTheGivenField(String text) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> PaymentFrequency.parse(text, "payment_frequency"))
        .satisfies(
            e ->
                assertThat(e.errors().get("payment_frequency"))
                    .containsExactly(
                        "Select a valid choice: one-time, monthly, biweekly, weekly."));
  }

  @ParameterizedTest(name = "{0} over {1} days: {2} instalments")
  @CsvSource({
    "ONE_TIME, 1, 1",
    "ONE_TIME, 3650, 1",
    "MONTHLY, 1, 1",
    "MONTHLY, 30, 1",
    "MONTHLY, 31, 2",
    "MONTHLY, 360, 12",
    "MONTHLY, 365, 12",
    "MONTHLY, 366, 13",
    "BIWEEKLY, 1, 1",
    "BIWEEKLY, 14, 1",
    "BIWEEKLY, 15, 2",
    "BIWEEKLY, 28, 2",
    "BIWEEKLY, 364, 26",
    "BIWEEKLY, 365, 27",
    "WEEKLY, 1, 1",
    "WEEKLY, 7, 1",
    "WEEKLY, 8, 2",
    "WEEKLY, 364, 52",
    "WEEKLY, 365, 53",
  })
  void instalmentsOver_countsEveryPeriodOfTheTermAndAPartPeriodWhole(
      PaymentFrequency frequency, int termDays, int instalments) {
    assertThat(frequency.instalmentsOver(termDays)).isEqualTo(instalments);
  }
}

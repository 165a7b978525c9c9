package dev.motorhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");

  @ParameterizedTest
  @CsvSource({"500, 500.00", "500.5, 500.50", "0.1, 0.10", "1E+3, 1000.00", "-12.30, -12.30"})
  void anAmount_isScaledToTheCurrencysMinorUnit(String amount, String plain) {
    assertThat(Money.of(amount, "USD").plain()).isEqualTo(plain);
    assertThat(Money.of(amount, "USD").amount().scale()).isEqualTo(2);
  }

  @Test
  void aCurrencyWithoutMinorUnits_hasNoDecimals() {
    assertThat(Money.of("1500", "JPY").plain()).isEqualTo("1500");
    assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> Money.of("1500.5", "JPY"));
  }

  @Test
  void moreDecimalsThanTheCurrencyHas_areRefusedRatherThanRounded() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> Money.of("10.005", "USD"))
        .satisfies(
            e ->
                assertThat(e.errors().get("amount"))
                    .containsExactly("Use at most 2 decimal places."));
    assertThat(Money.of("10.500", "USD").plain()).isEqualTo("10.50");
  }

  @Test
  void equalAmountsWrittenDifferently_areEqual() {
    assertThat(Money.of("10.5", "USD")).isEqualTo(Money.of("10.50", "USD"));
    assertThat(Money.of("10.5", "USD")).isNotEqualTo(Money.of("10.5", "EUR"));
  }

  @Test
  void sumsDifferencesAndComparisons_stayInOneCurrency() {
    Money ten = Money.of("10.00", "USD");
    Money three = Money.of("3.25", "USD");
    assertThat(ten.plus(three)).isEqualTo(Money.of("13.25", "USD"));
    assertThat(three.minus(ten)).isEqualTo(Money.of("-6.75", "USD"));
    assertThat(three.minus(ten).isNegative()).isTrue();
    assertThat(ten.compareTo(three)).isPositive();
    assertThat(ten.isNegative()).isFalse();
  }

  @Test
  void mixingCurrencies_violatesARule() {
    Money dollars = Money.of("10.00", "USD");
    Money euros = Money.of("10.00", "EUR");
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> dollars.plus(euros))
        .withMessage("Cannot combine USD with EUR.");
    assertThatExceptionOfType(RuleViolated.class).isThrownBy(() -> dollars.minus(euros));
    assertThatExceptionOfType(RuleViolated.class).isThrownBy(() -> dollars.compareTo(euros));
  }

  @ParameterizedTest
  @CsvSource({
    "500, 500.00",
    "5.5, 5.50",
    "0.10, 0.10",
    "0005, 5.00",
    "9999999999.99, 9999999999.99"
  })
  void parse_readsPlainDigitsWithAtMostTwoDecimals(String text, String plain) {
    assertThat(Money.parse(text, USD, "price").plain()).isEqualTo(plain);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "abc",
        "5,00",
        "NaN",
        "Infinity",
        "1.2.3",
        "1e3",
        "1E+3",
        "+5.00",
        " 5.00 ",
        "5.",
        ".5",
        "-1e400",
        "--5",
        "\u0665\u0660\u0660",
        "\uff15",
        "0x10",
        "5_000"
      })
  void parse_refusesWhatIsNotPlainDigits_onTheGivenField(String text) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> Money.parse(text, USD, "price"))
        .satisfies(e -> assertThat(e.errors().get("price")).containsExactly(Money.NOT_AN_AMOUNT));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> Money.parse(null, USD, "fee"))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("fee"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "-0.01", "-12.30"})
  void parse_refusesANegativeAmount_sayingSo(String text) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> Money.parse(text, USD, "price"))
        .satisfies(
            e ->
                assertThat(e.errors().get("price"))
                    .containsExactly("Ensure this value is greater than or equal to 0."));
  }

  @Test
  void parse_refusesTooManyDecimalsAndTooLargeAmountsOnTheGivenField() {
    for (String text : new String[] {"1.999", "5.000"}) {
      assertThatExceptionOfType(InvalidInput.class)
          .isThrownBy(() -> Money.parse(text, USD, "price"))
          .satisfies(
              e ->
                  assertThat(e.errors().get("price"))
                      .containsExactly("Use at most 2 decimal places."));
    }
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> Money.parse("10000000000", USD, "price"))
        .satisfies(
            e ->
                assertThat(e.errors().get("price"))
                    .containsExactly("Ensure this value is at most 9999999999.99."));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> Money.parse("5.50", Currency.getInstance("JPY"), "price"))
        .satisfies(
            e ->
                assertThat(e.errors().get("price"))
                    .containsExactly("Use at most 0 decimal places."));
  }

  @Test
  void anAmountAndACurrency_areRequired() {
    assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new Money(null, USD));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new Money(BigDecimal.ONE, null));
  }
}

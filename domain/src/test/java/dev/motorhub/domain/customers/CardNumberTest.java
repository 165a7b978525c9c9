package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumberTest {
  private static final String VISA = "4242424242424242";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4242424242424242",
        "4242 4242 4242 4242",
        "4242-4242-4242-4242",
        " 4242 4242-4242 4242 "
      })
  void spacesAndDashes_areDropped(String typed) {
    assertThat(new CardNumber(typed).digits()).isEqualTo(VISA);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4111111111111111", "5555555555554444", "378282246310005", "6011111111111117"})
  void wellKnownTestNumbers_passTheLuhnCheck(String number) {
    assertThat(CardNumber.passesLuhn(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4242424242424241", "4111111111111112", "5555555555554440", "378282246310006"})
  void oneWrongDigit_failsTheLuhnCheck_withoutRepeatingTheNumber(String number) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new CardNumber(number))
        .satisfies(
            invalid -> {
              assertThat(invalid.errors()).containsOnlyKeys("number");
              assertThat(invalid.errors().toString()).doesNotContain(number);
              assertThat(invalid.getMessage()).doesNotContain(number);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "4242abcd42424242", "42424242424", "42424242424242424242", "٤٢٤٢"})
  void missingShortLongOrNonDigitNumbers_areInvalid(String number) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new CardNumber(number))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("number"));
  }

  @Test
  void aNull_isMissing() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new CardNumber(null))
        .satisfies(i -> assertThat(i.errors().get("number")).contains("This field is required."));
  }

  @Test
  void aLuhnValidNumber_ofTheWrongLengthForItsNetwork_isInvalid() {
    String fifteenDigitVisa = TestCardNumbers.withCheckDigit("4", 15);

    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new CardNumber(fifteenDigitVisa))
        .satisfies(i -> assertThat(i.errors().get("number").getFirst()).contains("digits"));
  }

  @Test
  void toString_showsTheLastFourDigitsOnly() {
    CardNumber number = new CardNumber(VISA);

    assertThat(number.toString()).isEqualTo("CardNumber[****4242]").doesNotContain("424242");
    assertThat(number.last4()).isEqualTo("4242");
    assertThat(number.brand()).isEqualTo(CardBrand.VISA);
  }
}

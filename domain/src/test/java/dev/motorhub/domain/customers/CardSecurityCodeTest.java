package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardSecurityCodeTest {

  @ParameterizedTest(name = "{1} digits on {0}: fits = {2}")
  @CsvSource({
    "VISA,       123,  true",
    "VISA,       1234, false",
    "MASTERCARD, 999,  true",
    "DISCOVER,   000,  true",
    "OTHER,      321,  true",
    "AMEX,       1234, true",
    "AMEX,       123,  false",
  })
  void threeDigits_fourOnAmex(CardBrand brand, String code, boolean fits) {
    CardSecurityCode cvc = new CardSecurityCode(code);
    if (fits) {
      assertThatCode(() -> cvc.requireFits(brand)).doesNotThrowAnyException();
    } else {
      assertThatExceptionOfType(InvalidInput.class)
          .isThrownBy(() -> cvc.requireFits(brand))
          .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("cvc"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12", "12345", "12a", "1 2 3", "-12"})
  void anythingButThreeOrFourDigits_isInvalid(String code) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new CardSecurityCode(code))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("cvc"));
  }

  @Test
  void toString_neverShowsTheCode() {
    assertThat(new CardSecurityCode("737").toString()).doesNotContain("737");
  }
}

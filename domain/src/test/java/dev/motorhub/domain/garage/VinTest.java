package dev.motorhub.domain.garage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1HGBH41JXMN109186     | 1HGBH41JXMN109186",
        "1M8GDM9AXKP042788     | 1M8GDM9AXKP042788",
        "jh4ka7561pc008269     | JH4KA7561PC008269",
        "'  11111111111111111 '| 11111111111111111",
        "5YJ3E1EA2KF317000     | 5YJ3E1EA2KF317000"
      })
  void vinsWhoseCheckDigitMatches_areAccepted_inCapitals(String typed, String stored) {
    assertThat(new Vin(typed).value()).isEqualTo(stored);
    assertThat(new Vin(typed)).hasToString(stored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1HGBH41J1MN109186", // the ninth character should be X
        "1M8GDM9A0KP042788",
        "11111111211111111", // a digit changed, so the check digit no longer fits
        "5YJ3E1EA7KF317000"
      })
  void aWrongCheckDigit_isRefusedOnVin_namingTheNinthCharacter(String typed) {
    assertThat(messageFor(typed)).contains("check digit").contains("9th");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1HGBH41JXMN10918", // 16 characters
        "1HGBH41JXMN1091860", // 18
        "IHGBH41JXMN109186", // I
        "1HGBH41JXMO109186", // O
        "1HGBH41JXMQ109186", // Q
        "1HGBH41JX-N109186",
        "1HGBH41JX N109186",
        ""
      })
  void vinsOfAnotherShape_orWithIOQ_areRefusedOnVin(String typed) {
    assertThat(messageFor(typed)).contains("17 characters").contains("I, O and Q");
  }

  @Test
  void noVinAtAll_isRefused() {
    assertThat(messageFor(null)).contains("17 characters");
  }

  private static String messageFor(String typed) {
    InvalidInput refusal = catchThrowableOfType(InvalidInput.class, () -> new Vin(typed));
    assertThat(refusal).as("the refusal of " + typed).isNotNull();
    return refusal.errors().get("vin").getFirst();
  }

  @Test
  void theRefusal_namesOnlyTheVinField() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new Vin("not a vin"))
        .satisfies(
            e ->
                assertThat(e.errors())
                    .containsOnlyKeys("vin")
                    .extractingByKey("vin", InstanceOfAssertFactories.LIST)
                    .hasSize(1));
  }
}

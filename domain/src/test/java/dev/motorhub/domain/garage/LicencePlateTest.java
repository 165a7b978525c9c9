package dev.motorhub.domain.garage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicencePlateTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ABC123          | ABC123",
        "abc 123         | ABC123",
        "' kca  123a '   | KCA123A",
        "KCA\t123A       | KCA123A",
        "b-mw-42         | B-MW-42",
        "мк 1234         | МК1234",
        "AB              | AB",
        "ABCDEFGHIJ12345 | ABCDEFGHIJ12345"
      })
  void platesAreNormalised_toCapitalsWithoutSpaces(String typed, String stored) {
    assertThat(new LicencePlate(typed).value()).isEqualTo(stored);
  }

  @Test
  void platesThatDifferOnlyInCaseAndSpaces_areOnePlate() {
    assertThat(new LicencePlate("kda 042x")).isEqualTo(new LicencePlate("KDA042X"));
    assertThat(new LicencePlate("KDA 042X")).isNotEqualTo(new LicencePlate("KDA-042X"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "A", "ABCDEFGHIJ123456", "AB_12", "AB.12", "AB/12", "AB;12"})
  void platesOfOtherCharactersOrLengths_areRefusedOnLicensePlate(String typed) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new LicencePlate(typed))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("license_plate"));
  }

  @Test
  void noPlateAtAll_isRefused() {
    assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new LicencePlate(null));
  }
}

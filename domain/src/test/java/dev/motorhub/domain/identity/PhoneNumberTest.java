package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "+254701036054      | +254701036054",
        "+254 701 036 054   | +254701036054",
        "+1 (555) 123-4567  | +15551234567",
        "+44.20.7946.0958   | +442079460958",
        "' +49 30 901820 '  | +4930901820",
        "+1234567           | +1234567",
        "+123456789012345   | +123456789012345"
      })
  void separatorsPeopleType_areStrippedToE164(String typed, String stored) {
    assertThat(new PhoneNumber(typed).value()).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0704044033",
        "555-1234",
        "254701036054",
        "+0701036054",
        "+123456",
        "+1234567890123456",
        "+2547010360ab",
        "+254/701036054",
        ""
      })
  void numbersThatAreNotE164_areRefusedOnPhoneNumber(String typed) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new PhoneNumber(typed))
        .satisfies(
            e ->
                assertThat(e.errors().get("phone_number"))
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("E.164"));
  }
}

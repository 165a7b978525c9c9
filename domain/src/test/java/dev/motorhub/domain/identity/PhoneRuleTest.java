package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRuleTest {

  @Test
  void freeText_keepsWhatDoesNotReadAsE164_asGiven_andNamesNoNumberToMessage() {
    Phone phone = PhoneRule.FREE_TEXT.read("  555-1234 ");

    assertThat(phone).isEqualTo(new FreeTextPhone("555-1234"));
    assertThat(phone.value()).isEqualTo("555-1234");
    assertThat(phone.e164()).isEmpty();
  }

  @Test
  void freeText_thatReadsAsE164_isKeptAsTheNumber_toMessage() {
    Phone phone = PhoneRule.FREE_TEXT.read("+1 (555) 123-4567");

    assertThat(phone).isEqualTo(new PhoneNumber("+15551234567"));
    assertThat(phone.e164()).contains(new PhoneNumber("+15551234567"));
  }

  @Test
  void e164_refusesFreeText_onPhoneNumber() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> PhoneRule.E164.read("555-1234"))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("phone_number"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "123456789012345678901234567890123", "555\n1234"})
  void freeText_blankTooLongOrWithControlCharacters_isRefusedOnPhoneNumber(String typed) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> PhoneRule.FREE_TEXT.read(typed))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("phone_number"));
  }

  @Test
  void aStoredPhone_readsBackAsWhatWasStored() {
    assertThat(Phone.stored("+254701036054")).isEqualTo(new PhoneNumber("+254701036054"));
    assertThat(Phone.stored("555-5678")).isEqualTo(new FreeTextPhone("555-5678"));
  }
}

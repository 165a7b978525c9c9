package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void anAddressKeepsItsCaseButIsUniqueRegardlessOfIt() {
    Email email = new Email(" Alice.Smith@Example.COM ");
    assertThat(email.value()).isEqualTo("Alice.Smith@Example.COM");
    assertThat(email.key()).isEqualTo("alice.smith@example.com");
    assertThat(email.localPart()).isEqualTo("Alice.Smith");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a@b.co", "first.last+tag@sub.example.org", "x@xn--bcher-kva.ch", "ünï@cödé.de"})
  void wellFormedAddresses_areAccepted(String address) {
    assertThat(new Email(address).value()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no-at-sign",
        "two@@example.com",
        "alice@localhost",
        "alice @example.com",
        "@example.com",
        "alice@-example.com",
        "alice@example-.com",
        "alice@example..com"
      })
  void malformedAddresses_areRefusedOnEmail(String address) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new Email(address))
        .satisfies(
            e ->
                assertThat(e.errors().get("email"))
                    .containsExactly("Enter a valid email address."));
  }

  @Test
  void anAddressLongerThan254Characters_isRefused() {
    String tooLong = "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + ".example.com";
    assertThat(tooLong.length()).isLessThanOrEqualTo(254);
    assertThat(new Email(tooLong).value()).isEqualTo(tooLong);
    String longer = "a".repeat(64) + "@" + ("d".repeat(60) + ".").repeat(4) + "com";
    assertThat(longer.length()).isGreaterThan(254);
    assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Email(longer));
  }

  @Test
  void blank_isRequired() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new Email("  "))
        .satisfies(
            e -> assertThat(e.errors().get("email")).containsExactly("This field is required."));
  }
}

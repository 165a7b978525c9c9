package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonPasswordsTest {
  private final PasswordPolicy policy = PasswordPolicy.standard();

  @Test
  void theList_isDjangosWhole() {
    // 19,726 lines end with a newline and the last one does not: 19,727 distinct passwords.
    assertThat(CommonPasswords.size()).isEqualTo(19_727);
  }

  @ParameterizedTest
  @ValueSource(strings = {"monkey123", "dragon12", "MONKEY123", "Dragon12", " dragon12 "})
  void passwordsOnDjangosList_areTooCommon_whateverTheirCase(String password) {
    assertThat(CommonPasswords.contains(password)).isTrue();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> policy.check(password, "password", null))
        .satisfies(
            e -> assertThat(e.errors().get("password")).contains("This password is too common."));
  }

  @Test
  void aStrongPassword_isNotOnTheList_andPasses() {
    assertThat(CommonPasswords.contains("Vroom-Vroom-2024")).isFalse();
    assertThatCode(() -> policy.check("Vroom-Vroom-2024", "password", null))
        .doesNotThrowAnyException();
  }
}

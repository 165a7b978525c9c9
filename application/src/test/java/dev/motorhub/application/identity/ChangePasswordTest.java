package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Unauthenticated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangePasswordTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Tokens laptop;
  private Tokens phone;

  @BeforeEach
  void aliceIsSignedInOnTwoDevices() {
    laptop = TestAccounts.register(motorhub, "alice").tokens();
    phone = TestAccounts.logIn(motorhub, "alice").tokens();
  }

  private void change(String current, String next) {
    motorhub
        .identity()
        .changePassword()
        .change(
            new ChangePassword.Command(TestAccounts.principal(motorhub, laptop), current, next));
  }

  @Test
  void aWrongCurrentPassword_isRefusedOnOldPassword() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> change("Gearbox-Lantern-57", TestAccounts.NEW_PASSWORD))
        .satisfies(
            e ->
                assertThat(e.errors().get("old_password"))
                    .containsExactly("Old password is not correct."));
    assertThat(TestAccounts.logIn(motorhub, "alice")).isNotNull();
  }

  @Test
  void aNewPasswordThePolicyRefuses_isRefusedOnNewPassword() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> change(TestAccounts.PASSWORD, "alice1234"))
        .satisfies(
            e ->
                assertThat(e.errors().get("new_password"))
                    .containsExactly("The password is too similar to the username."));
  }

  @Test
  void missingPasswords_areEachRequired() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> new ChangePassword.Command(TestAccounts.principal(motorhub, laptop), "", null))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("old_password", "new_password"));
  }

  @Test
  void aChangedPassword_endsEverySessionAndOnlyTheNewPasswordSignsIn() {
    change(TestAccounts.PASSWORD, TestAccounts.NEW_PASSWORD);

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.principal(motorhub, laptop));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.principal(motorhub, phone));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(
            () ->
                motorhub
                    .identity()
                    .refreshSession()
                    .refresh(new RefreshSession.Command(phone.refreshToken())));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.logIn(motorhub, "alice"))
        .withMessage("Invalid credentials.");
    assertThat(TestAccounts.logIn(motorhub, "alice", TestAccounts.NEW_PASSWORD).user().username())
        .hasToString("alice");
  }
}

package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Unauthenticated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SetPasswordTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Registered alice;
  private UserId aliceId;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.register(motorhub, "alice");
    aliceId = alice.account().user().id();
  }

  private void set(Principal principal, UserId user, String password) {
    motorhub.identity().setPassword().set(new SetPassword.Command(principal, user, password));
  }

  private void assertOnlyTheNewPasswordSignsIn(String username) {
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.logIn(motorhub, username));
    assertThat(TestAccounts.logIn(motorhub, username, TestAccounts.NEW_PASSWORD)).isNotNull();
  }

  @Test
  void staffSetACustomersPassword_andTheCustomersSessionsEnd() {
    set(TestAccounts.staff(motorhub, "stella"), aliceId, TestAccounts.NEW_PASSWORD);

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.principal(motorhub, alice));
    assertOnlyTheNewPasswordSignsIn("alice");
  }

  @Test
  void aHolderSetsTheirOwnPasswordWithoutTheCurrentOne() {
    set(TestAccounts.principal(motorhub, alice), aliceId, TestAccounts.NEW_PASSWORD);

    assertOnlyTheNewPasswordSignsIn("alice");
  }

  @Test
  void staffMayNotSetASuperusersPassword() {
    Principal staff = TestAccounts.staff(motorhub, "stella");
    UserId root =
        motorhub
            .store()
            .users()
            .findByUsername(new Username(TestAccounts.SUPERUSER))
            .orElseThrow()
            .id();

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> set(staff, root, TestAccounts.NEW_PASSWORD));
    assertThat(TestAccounts.logIn(motorhub, TestAccounts.SUPERUSER)).isNotNull();
  }

  @Test
  void aSuperuserSetsAStaffPassword() {
    TestAccounts.staff(motorhub, "stella");
    UserId stella =
        motorhub.store().users().findByUsername(new Username("stella")).orElseThrow().id();

    set(TestAccounts.superuser(motorhub), stella, TestAccounts.NEW_PASSWORD);

    assertOnlyTheNewPasswordSignsIn("stella");
  }

  @Test
  void aCustomer_cannotEvenSeeAnotherCustomersAccount() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> set(bob, aliceId, TestAccounts.NEW_PASSWORD));
    assertThat(TestAccounts.logIn(motorhub, "alice")).isNotNull();
  }

  @Test
  void theNewPassword_mustPassThePolicy() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> set(TestAccounts.staff(motorhub, "stella"), aliceId, "password"))
        .satisfies(
            e ->
                assertThat(e.errors().get("password"))
                    .containsExactly("This password is too common."));
  }
}

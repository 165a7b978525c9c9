package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Registered alice;
  private UserId aliceId;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.register(motorhub, "alice");
    aliceId = alice.account().user().id();
  }

  private Principal authenticate(Tokens tokens) {
    return motorhub.identity().authenticate().authenticate(tokens.accessToken());
  }

  private void setAlicesStatus(Principal staff, String status) {
    motorhub
        .accounts()
        .updateAccount()
        .update(new UpdateAccount.Command(staff, aliceId, AccountChanges.status(status)));
  }

  @Test
  void aValidAccessToken_standsForItsHolderAndSession() {
    Principal principal = authenticate(alice.tokens());

    assertThat(principal.actor().id()).isEqualTo(aliceId);
    assertThat(principal.actor().role()).isEqualTo(Role.CUSTOMER);
    assertThat(motorhub.store().sessions().findPrincipal(principal.session()))
        .hasValueSatisfying(p -> assertThat(p.session().userId()).isEqualTo(aliceId));
  }

  @Test
  void theRoleOfThePrincipal_isTheAccountsCurrentRoleNotTheOneAtLogin() {
    Principal root = TestAccounts.superuser(motorhub);
    motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                root,
                aliceId,
                new AccountChanges(null, null, null, null, null, "mechanic", null, null)));

    assertThat(authenticate(alice.tokens()).actor().role()).isEqualTo(Role.MECHANIC);
  }

  @Test
  void afterLogout_theAccessTokenIsRefused() {
    Principal principal = authenticate(alice.tokens());
    motorhub.identity().logOut().logOut(new LogOut.Command(principal, Optional.empty()));

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> authenticate(alice.tokens()))
        .withMessage("Invalid or expired token.");
  }

  @Test
  void aSuspendedAccountsTokens_stopWorkingAtOnce() {
    setAlicesStatus(TestAccounts.staff(motorhub, "stella"), "suspended");

    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> authenticate(alice.tokens()));
  }

  @Test
  void reactivation_doesNotReviveTheSessionsThatSuspensionEnded() {
    Principal staff = TestAccounts.staff(motorhub, "stella");
    setAlicesStatus(staff, "suspended");
    setAlicesStatus(staff, "active");

    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> authenticate(alice.tokens()));
    assertThat(authenticate(TestAccounts.logIn(motorhub, "alice").tokens()).actor().id())
        .isEqualTo(aliceId);
  }

  @Test
  void anAccessToken_livesOneHour() {
    clock.advance(Duration.ofMinutes(59).plusSeconds(59));
    assertThat(authenticate(alice.tokens()).actor().id()).isEqualTo(aliceId);

    clock.advance(Duration.ofSeconds(1));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> authenticate(alice.tokens()))
        .withMessage("Invalid or expired token.");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void noToken_isUnauthenticated(String token) {
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> motorhub.identity().authenticate().authenticate(token))
        .withMessage("Authentication credentials were not provided.");
  }

  @Test
  void aTokenThisPlatformNeverIssued_isUnauthenticated() {
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> motorhub.identity().authenticate().authenticate("forged.token.value"));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(
            () -> motorhub.identity().authenticate().authenticate(alice.tokens().refreshToken()));
  }
}

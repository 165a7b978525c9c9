package dev.motorhub.application.identity;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogInTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private UserId alice;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.register(motorhub, "alice").account().user().id();
    clock.advance(Duration.ofDays(2));
  }

  private SignedIn logIn(String username, String password) {
    return motorhub
        .identity()
        .logIn()
        .logIn(new LogIn.Command(username, password, TestAccounts.ADDRESS));
  }

  @Test
  void theRightPassword_signsInWithFreshTokensAndRecordsTheLogin() {
    SignedIn signedIn = logIn("alice", TestAccounts.PASSWORD);

    assertThat(signedIn.user().id()).isEqualTo(alice);
    assertThat(signedIn.user().lastLoginAt()).contains(clock.instant());
    assertThat(signedIn.tokens().accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
    Principal principal = TestAccounts.principal(motorhub, signedIn.tokens());
    assertThat(principal.actor().id()).isEqualTo(alice);
    assertThat(principal.actor().role()).isEqualTo(Role.CUSTOMER);
    var stored = motorhub.store().users().findById(alice).orElseThrow();
    assertThat(stored.lastLoginAt()).contains(clock.instant());
    assertThat(stored.version()).as("a login is not a change of the account").isZero();
  }

  @Test
  void theUsername_isMatchedRegardlessOfCase() {
    assertThat(logIn(" ALICE ", TestAccounts.PASSWORD).user().id()).isEqualTo(alice);
  }

  @Test
  void eachLogin_startsItsOwnSession() {
    Principal laptop =
        TestAccounts.principal(motorhub, logIn("alice", TestAccounts.PASSWORD).tokens());
    Principal phone =
        TestAccounts.principal(motorhub, logIn("alice", TestAccounts.PASSWORD).tokens());

    assertThat(laptop.session()).isNotEqualTo(phone.session());
  }

  @Test
  void aWrongPassword_isInvalidCredentials() {
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> logIn("alice", "Gearbox-Lantern-57"))
        .withMessage("Invalid credentials.");
    assertThat(motorhub.store().users().findById(alice).orElseThrow().lastLoginAt()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nobody", "not a username!"})
  void anUnknownUsername_getsTheSameAnswerAsAWrongPassword(String username) {
    Unauthenticated unknown = refused(Unauthenticated.class, () -> logIn(username, "whatever-1"));
    Unauthenticated wrong = refused(Unauthenticated.class, () -> logIn("alice", "whatever-1"));

    assertThat(unknown.getMessage())
        .isEqualTo(wrong.getMessage())
        .isEqualTo("Invalid credentials.");
  }

  @Test
  void aMissingUsernameOrPassword_isInvalidInput() {
    InvalidInput missing =
        refused(InvalidInput.class, () -> new LogIn.Command(" ", "", TestAccounts.ADDRESS));

    assertThat(missing.errors()).containsOnlyKeys("username", "password");
  }

  @ParameterizedTest
  @ValueSource(strings = {"suspended", "deactivated"})
  void anAccountThatIsNotActive_isForbiddenEvenWithTheRightPassword(String status) {
    TestAccounts.setStatus(motorhub, alice, status);

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> logIn("alice", TestAccounts.PASSWORD))
        .withMessage("This account is " + status + ". Please contact support.");
  }
}

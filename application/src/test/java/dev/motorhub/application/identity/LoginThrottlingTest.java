package dev.motorhub.application.identity;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.shared.Throttled;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottlingTest {
  private static final String HOME = "203.0.113.5";
  private static final String OFFICE = "203.0.113.77";

  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  @BeforeEach
  void aliceHasRegistered() {
    TestAccounts.register(motorhub, "alice");
  }

  private SignedIn logIn(String password, String address) {
    return motorhub.logIn().logIn(new LogIn.Command("alice", password, address));
  }

  private void failFrom(String address, int times) {
    for (int i = 0; i < times; i++) {
      assertThatExceptionOfType(Unauthenticated.class)
          .isThrownBy(() -> logIn("Wrong-Password-1", address));
    }
  }

  @Test
  void fourFailures_pauseNothing() {
    failFrom(HOME, 4);

    assertThat(logIn(TestAccounts.PASSWORD, HOME).user().username().value()).isEqualTo("alice");
  }

  @Test
  void fiveFailuresFromOneAddress_pauseThatAddressUntilTheOldestLeavesTheWindow() {
    for (int i = 0; i < 5; i++) {
      failFrom(HOME, 1);
      clock.advance(Duration.ofMinutes(1));
    }

    Throttled paused = refused(Throttled.class, () -> logIn(TestAccounts.PASSWORD, HOME));
    assertThat(paused.retryAfter()).isEqualTo(Duration.ofMinutes(10));
    assertThat(paused.getMessage())
        .isEqualTo("Too many failed login attempts. Try again in 600 seconds.");

    clock.advance(Duration.ofMinutes(10).plusSeconds(1));
    assertThat(logIn(TestAccounts.PASSWORD, HOME).user().username().value()).isEqualTo("alice");
  }

  @Test
  void aPausedAddress_isPausedEvenForTheRightPassword_andPausedAttemptsDoNotCount() {
    failFrom(HOME, 5);
    assertThatExceptionOfType(Throttled.class).isThrownBy(() -> logIn(TestAccounts.PASSWORD, HOME));

    clock.advance(Duration.ofMinutes(10));
    for (int i = 0; i < 5; i++) {
      assertThatExceptionOfType(Throttled.class).isThrownBy(() -> logIn("Wrong-Password-1", HOME));
    }
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertThat(logIn(TestAccounts.PASSWORD, HOME).user().username().value()).isEqualTo("alice");
  }

  @Test
  void anotherAddress_isNotPausedByTheFirstAddressesFailures() {
    failFrom(HOME, 5);
    assertThatExceptionOfType(Throttled.class).isThrownBy(() -> logIn(TestAccounts.PASSWORD, HOME));

    assertThat(logIn(TestAccounts.PASSWORD, OFFICE).user().username().value()).isEqualTo("alice");
  }

  @Test
  void twentyFailuresForOneUsername_pauseItFromEveryAddress() {
    for (int address = 1; address <= 4; address++) {
      failFrom("192.0.2." + address, 5);
    }

    Throttled paused = refused(Throttled.class, () -> logIn(TestAccounts.PASSWORD, OFFICE));
    assertThat(paused.retryAfter()).isEqualTo(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(logIn(TestAccounts.PASSWORD, OFFICE)).isNotNull();
  }

  @Test
  void nineteenFailuresAcrossAddresses_stillLetAFreshAddressIn() {
    for (int address = 1; address <= 3; address++) {
      failFrom("192.0.2." + address, 5);
    }
    failFrom("192.0.2.4", 4);

    assertThat(logIn(TestAccounts.PASSWORD, OFFICE)).isNotNull();
  }

  @Test
  void aSuccessfulLogin_forgetsThatAddressesEarlierFailures() {
    failFrom(HOME, 4);
    logIn(TestAccounts.PASSWORD, HOME);
    failFrom(HOME, 4);

    assertThat(logIn(TestAccounts.PASSWORD, HOME)).isNotNull();
  }

  @Test
  void anUnknownUsername_isPausedLikeAKnownOne() {
    for (int i = 0; i < 5; i++) {
      assertThatExceptionOfType(Unauthenticated.class)
          .isThrownBy(
              () -> motorhub.logIn().logIn(new LogIn.Command("ghost", "Nope-nope-1", HOME)));
    }

    assertThatExceptionOfType(Throttled.class)
        .isThrownBy(() -> motorhub.logIn().logIn(new LogIn.Command("ghost", "Nope-nope-1", HOME)));
  }

  @Test
  void theUsernameIsThrottledRegardlessOfCase() {
    for (int i = 0; i < 5; i++) {
      String typed = i % 2 == 0 ? "ALICE" : "alice";
      assertThatExceptionOfType(Unauthenticated.class)
          .isThrownBy(() -> motorhub.logIn().logIn(new LogIn.Command(typed, "wrong-1", HOME)));
    }

    assertThatExceptionOfType(Throttled.class)
        .isThrownBy(
            () -> motorhub.logIn().logIn(new LogIn.Command("Alice", TestAccounts.PASSWORD, HOME)));
  }
}

package dev.motorhub.application.identity;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.domain.shared.Throttled;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-address limit: five failures for one username from one address pause that pair. */
class LoginThrottlingTest {
  private static final String HOME = "203.0.113.5";
  private static final String OFFICE = "203.0.113.77";

  private final AliceLogsIn alice = new AliceLogsIn();

  private void failFrom(String address, int times) {
    for (int i = 0; i < times; i++) {
      alice.failFrom(address);
    }
  }

  @Test
  void fourFailures_pauseNothing() {
    failFrom(HOME, 4);

    assertThat(alice.logIn(TestAccounts.PASSWORD, HOME).user().username().value())
        .isEqualTo("alice");
  }

  @Test
  void fiveFailuresFromOneAddress_pauseThatAddressUntilTheOldestLeavesTheWindow() {
    for (int i = 0; i < 5; i++) {
      alice.failFrom(HOME);
      alice.clock.advance(Duration.ofMinutes(1));
    }

    Throttled paused = refused(Throttled.class, () -> alice.logIn(TestAccounts.PASSWORD, HOME));
    assertThat(paused.retryAfter()).isEqualTo(Duration.ofMinutes(10));
    assertThat(paused.getMessage())
        .isEqualTo("Too many failed login attempts. Try again in 600 seconds.");

    alice.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
    assertThat(alice.logIn(TestAccounts.PASSWORD, HOME).user().username().value())
        .isEqualTo("alice");
  }

  @Test
  void aPausedAddress_isPausedEvenForTheRightPassword_andPausedAttemptsDoNotCount() {
    failFrom(HOME, 5);
    assertThatExceptionOfType(Throttled.class)
        .isThrownBy(() -> alice.logIn(TestAccounts.PASSWORD, HOME));

    alice.clock.advance(Duration.ofMinutes(10));
    for (int i = 0; i < 5; i++) {
      assertThatExceptionOfType(Throttled.class)
          .isThrownBy(() -> alice.logIn(AliceLogsIn.WRONG, HOME));
    }
    alice.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertThat(alice.logIn(TestAccounts.PASSWORD, HOME).user().username().value())
        .isEqualTo("alice");
  }

  @Test
  void anotherAddress_isNotPausedByTheFirstAddressesFailures() {
    failFrom(HOME, 5);
    assertThatExceptionOfType(Throttled.class)
        .isThrownBy(() -> alice.logIn(TestAccounts.PASSWORD, HOME));

    assertThat(alice.logIn(TestAccounts.PASSWORD, OFFICE).user().username().value())
        .isEqualTo("alice");
  }

  @Test
  void aSuccessfulLogin_forgetsThatAddressesEarlierFailures() {
    failFrom(HOME, 4);
    alice.logIn(TestAccounts.PASSWORD, HOME);
    failFrom(HOME, 4);

    assertThat(alice.logIn(TestAccounts.PASSWORD, HOME)).isNotNull();
  }

  @Test
  void anUnknownUsername_isPausedLikeAKnownOne() {
    for (int i = 0; i < 5; i++) {
      assertThatExceptionOfType(Unauthenticated.class)
          .isThrownBy(
              () ->
                  alice
                      .motorhub
                      .identity()
                      .logIn()
                      .logIn(new LogIn.Command("ghost", "Nope-nope-1", HOME)));
    }

    assertThatExceptionOfType(Throttled.class)
        .isThrownBy(
            () ->
                alice
                    .motorhub
                    .identity()
                    .logIn()
                    .logIn(new LogIn.Command("ghost", "Nope-nope-1", HOME)));
  }

  @Test
  void theUsernameIsThrottledRegardlessOfCase() {
    for (int i = 0; i < 5; i++) {
      String typed = i % 2 == 0 ? "ALICE" : "alice";
      assertThatExceptionOfType(Unauthenticated.class)
          .isThrownBy(
              () ->
                  alice
                      .motorhub
                      .identity()
                      .logIn()
                      .logIn(new LogIn.Command(typed, "wrong-1", HOME)));
    }

    assertThatExceptionOfType(Throttled.class)
        .isThrownBy(
            () ->
                alice
                    .motorhub
                    .identity()
                    .logIn()
                    .logIn(new LogIn.Command("Alice", TestAccounts.PASSWORD, HOME)));
  }
}

package dev.motorhub.application.identity;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.shared.Throttled;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;

/** Alice's account on a platform of its own, and attempts to log in as her from any address. */
final class AliceLogsIn {
  static final String WRONG = "Wrong-Password-1";

  final TestClock clock = TestClock.start();
  final Motorhub motorhub = TestMotorhub.on(clock);

  AliceLogsIn() {
    TestAccounts.register(motorhub, "alice");
  }

  SignedIn logIn(String password, String address) {
    return motorhub.identity().logIn().logIn(new LogIn.Command("alice", password, address));
  }

  /** A wrong password from {@code address}, checked and refused. */
  void failFrom(String address) {
    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> logIn(WRONG, address));
  }

  /** How long an attempt with {@code password} from {@code address} is told to wait. */
  Duration pauseOf(String address, String password) {
    return refused(Throttled.class, () -> logIn(password, address)).retryAfter();
  }
}

package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.domain.shared.Throttled;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guessing one account's password from many addresses meets a back-off that doubles with every
 * failure, and pauses only the addresses that have failed: the owner is never locked out.
 */
class LoginBackoffTest {
  private static final String OWN = "203.0.113.5";
  private static final String FRESH = "203.0.113.77";
  private final AliceLogsIn alice = new AliceLogsIn();

  private static String attacker(int n) {
    return "192.0.2." + n;
  }

  @Test
  void anAttackerFromFiftyAddresses_failingAHundredTimes_neverKeepsTheOwnerOut() {
    int checked = 0;
    List<Duration> pauses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      try {
        alice.logIn(AliceLogsIn.WRONG, attacker(i % 50));
      } catch (Unauthenticated wrong) {
        checked++;
      } catch (Throttled paused) {
        pauses.add(paused.retryAfter());
      }
    }

    assertThat(checked).as("one guess per address").isEqualTo(50);
    assertThat(pauses).hasSize(50).allMatch(pause -> pause.equals(Duration.ofMinutes(15)));
    assertThat(alice.logIn(TestAccounts.PASSWORD, FRESH).user().username().value())
        .isEqualTo("alice");
    assertThat(alice.logIn(TestAccounts.PASSWORD, OWN).user().username().value())
        .isEqualTo("alice");
  }

  @Test
  void theAttackersGuesses_meetABackoffThatDoublesWithEveryFailure() {
    alice.failFrom(attacker(1));
    List<Long> waits = new ArrayList<>();
    for (int failures = 2; failures <= 16; failures++) {
      alice.failFrom(attacker(failures));
      if (failures >= 10) {
        waits.add(alice.pauseOf(attacker(1), AliceLogsIn.WRONG).toSeconds());
      }
    }

    assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L);
  }

  @Test
  void anAddressThatWaitsOutTheBackoff_getsOneGuess_whichDoublesIt() {
    for (int n = 1; n <= 10; n++) {
      alice.failFrom(attacker(n));
    }
    alice.clock.advance(alice.pauseOf(attacker(1), AliceLogsIn.WRONG));

    alice.failFrom(attacker(1));
    assertThat(alice.pauseOf(attacker(1), AliceLogsIn.WRONG)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void nineFailuresFromAnywhere_slowNobody() {
    for (int n = 1; n <= 9; n++) {
      alice.failFrom(attacker(n));
    }

    alice.failFrom(attacker(1));
  }

  @Test
  void theOwner_whoMistypedDuringAnAttack_signsInElsewhere_andAtHomeOnceTheTypoIsOld() {
    alice.failFrom(OWN);
    alice.clock.advance(Duration.ofMinutes(5));
    for (int n = 1; n <= 30; n++) {
      alice.failFrom(attacker(n));
    }

    Duration home = alice.pauseOf(OWN, TestAccounts.PASSWORD);
    assertThat(home).isEqualTo(Duration.ofMinutes(10));
    assertThat(alice.logIn(TestAccounts.PASSWORD, FRESH)).isNotNull();
    alice.clock.advance(home);
    assertThat(alice.logIn(TestAccounts.PASSWORD, OWN)).isNotNull();
  }

  @Test
  void thePerAddressLimit_outlastsTheBackoff() {
    for (int i = 0; i < 5; i++) {
      alice.failFrom(attacker(1));
    }
    for (int n = 2; n <= 6; n++) {
      alice.failFrom(attacker(n));
    }
    alice.clock.advance(Duration.ofSeconds(2));

    alice.failFrom(attacker(2));
    assertThat(alice.pauseOf(attacker(1), TestAccounts.PASSWORD))
        .isEqualTo(Duration.ofMinutes(15).minusSeconds(2));
  }
}

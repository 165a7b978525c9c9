package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A refresh token presented again within ten seconds of its first use is a retry, not a theft. */
class RefreshGraceTest {
  private final TestClock clock = TestClock.start();
  private Motorhub motorhub = TestMotorhub.on(clock);
  private Tokens first = TestAccounts.register(motorhub, "alice").tokens();

  private Tokens refresh(Tokens tokens) {
    return motorhub
        .identity()
        .refreshSession()
        .refresh(new RefreshSession.Command(tokens.refreshToken()));
  }

  private Principal authenticate(Tokens tokens) {
    return motorhub.identity().authenticate().authenticate(tokens.accessToken());
  }

  /** Refreshes each in turn (the first refusal may be what revokes the session), then uses each. */
  private void assertRefused(Tokens... everyOne) {
    for (Tokens tokens : everyOne) {
      assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> refresh(tokens));
    }
    for (Tokens tokens : everyOne) {
      assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> authenticate(tokens));
    }
  }

  @Test
  void twiceWithinTheGrace_bothAnswer_andEveryAnswerStaysAlive() {
    Tokens winner = refresh(first);
    clock.advance(Duration.ofSeconds(9));
    Tokens retry = refresh(first);

    assertThat(retry.refreshToken()).isNotEqualTo(winner.refreshToken());
    assertThat(authenticate(retry).session()).isEqualTo(authenticate(winner).session());
    clock.advance(Duration.ofMinutes(5));
    assertThat(authenticate(refresh(winner)).session()).isEqualTo(authenticate(first).session());
    assertThat(authenticate(refresh(retry)).session()).isEqualTo(authenticate(first).session());
  }

  @Test
  void twiceAtTheSameInstant_bothAnswer() {
    Tokens one = refresh(first);
    Tokens other = refresh(first);

    assertThat(authenticate(one).session()).isEqualTo(authenticate(other).session());
  }

  @Test
  void presentedAgainTenSecondsAfterItsFirstUse_revokesTheSession() {
    Tokens winner = refresh(first);
    clock.advance(Duration.ofSeconds(10));

    assertRefused(first, winner);
  }

  @Test
  void theGraceRunsFromTheFirstUse_notFromTheLastRetry() {
    refresh(first);
    clock.advance(Duration.ofSeconds(6));
    Tokens retry = refresh(first);
    clock.advance(Duration.ofSeconds(6));

    assertRefused(first, retry);
  }

  @Test
  void aRetryAfterTheSessionMovedOn_isAReuse_andRevokesIt() {
    Tokens second = refresh(first);
    Tokens third = refresh(second);
    clock.advance(Duration.ofSeconds(1));

    assertRefused(first, third);
  }

  @Test
  void aRetrysToken_worksOnceToo() {
    refresh(first);
    Tokens retry = refresh(first);
    refresh(retry);
    clock.advance(Duration.ofSeconds(10));

    assertRefused(retry);
  }

  @Test
  void aLoggedOutSession_staysDead_evenWithinTheGrace() {
    Tokens winner = refresh(first);
    motorhub.identity().logOut().logOut(new LogOut.Command(authenticate(winner), Optional.empty()));

    assertRefused(first, winner);
  }

  @Test
  void aGraceOfZero_turnsRetriesOff() {
    CoreSettings d = CoreSettings.defaults();
    motorhub =
        TestMotorhub.builder(clock)
            .settings(
                new CoreSettings(
                    d.currency(),
                    d.accessTokenTtl(),
                    d.sessionTtl(),
                    d.maxImageBytes(),
                    d.proposalTtl(),
                    d.invoiceTerm(),
                    Duration.ZERO))
            .build();
    first = TestAccounts.register(motorhub, "alice").tokens();
    Tokens winner = refresh(first);

    assertRefused(first, winner);
  }
}

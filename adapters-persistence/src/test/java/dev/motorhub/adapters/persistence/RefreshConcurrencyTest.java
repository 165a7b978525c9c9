package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.application.identity.RefreshSession;
import dev.motorhub.application.identity.Tokens;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.SessionId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that sends one refresh ten times at once on a real PostgreSQL: one rotation wins, the
 * nine others are retries within the grace, every answer works and the session lives on.
 */
class RefreshConcurrencyTest {
  private static final int RIVALS = 10;

  private final TestClock clock = TestClock.start();
  private Motorhub motorhub;
  private Tokens signedIn;

  @BeforeEach
  void aliceHasSignedIn() {
    motorhub = TestMotorhub.builder(PostgresTestDatabase.emptyStore(), clock).build();
    signedIn = TestAccounts.register(motorhub, "alice").tokens();
  }

  private Tokens refresh(Tokens tokens) {
    return motorhub
        .identity()
        .refreshSession()
        .refresh(new RefreshSession.Command(tokens.refreshToken()));
  }

  private SessionId sessionOf(Tokens tokens) {
    return motorhub.identity().authenticate().authenticate(tokens.accessToken()).session();
  }

  @Test
  void tenRefreshesOfOneTokenAtOnce_allAnswer_andTheSessionSurvives() throws Exception {
    List<Tokens> answers = Rivals.race(RIVALS, i -> () -> refresh(signedIn));

    assertThat(answers).hasSize(RIVALS);
    assertThat(answers.stream().map(Tokens::refreshToken).distinct()).hasSize(RIVALS);
    for (Tokens answer : answers) {
      assertThat(sessionOf(answer)).isEqualTo(sessionOf(signedIn));
      assertThat(sessionOf(refresh(answer))).isEqualTo(sessionOf(signedIn));
    }
  }
}

package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code SessionRepository} keeps of refresh tokens: each marked used once, successors
 * and retries' tokens stored beside it, and whether a session has been refreshed since a moment.
 */
public abstract class RefreshTokenContract extends StoreContract {
  private User user;
  private Session session;
  private RefreshToken first;

  @BeforeEach
  void aSessionWithItsFirstToken() {
    user = Fixtures.user("alice");
    session = Fixtures.session(user.id());
    first = Fixtures.token(session.id(), T0);
    runTx(
        () -> {
          store.users().add(user);
          store.sessions().add(session, first);
        });
  }

  @Test
  void findRefreshToken_isTheStoredToken() {
    assertThat(inTx(() -> store.sessions().findRefreshToken(first.digest()))).contains(first);
    assertThat(inTx(() -> store.sessions().findRefreshToken("digest-unknown"))).isEmpty();
  }

  @Test
  void rotate_marksTheUsedTokenAndStoresItsSuccessor() {
    RefreshToken next = Fixtures.token(session.id(), at(5));

    boolean rotated = inTx(() -> store.sessions().rotate(first, next, at(5)));

    assertThat(rotated).isTrue();
    assertThat(inTx(() -> store.sessions().findRefreshToken(first.digest())))
        .contains(first.used(at(5)));
    assertThat(inTx(() -> store.sessions().findRefreshToken(next.digest()))).contains(next);
  }

  @Test
  void rotate_ofATokenUsedAlready_isFalse_andChangesNothing() {
    RefreshToken next = Fixtures.token(session.id(), at(5));
    RefreshToken rival = Fixtures.token(session.id(), at(6));
    runTx(() -> store.sessions().rotate(first, next, at(5)));

    boolean rotated = inTx(() -> store.sessions().rotate(first, rival, at(6)));

    assertThat(rotated).isFalse();
    assertThat(inTx(() -> store.sessions().findRefreshToken(first.digest())))
        .contains(first.used(at(5)));
    assertThat(inTx(() -> store.sessions().findRefreshToken(rival.digest()))).isEmpty();
  }

  @Test
  void rotate_ofAnUnknownToken_isFalse() {
    RefreshToken stranger = Fixtures.token(session.id(), T0);
    RefreshToken next = Fixtures.token(session.id(), at(5));

    assertThat(inTx(() -> store.sessions().rotate(stranger, next, at(5)))).isFalse();
    assertThat(inTx(() -> store.sessions().findRefreshToken(next.digest()))).isEmpty();
  }

  @Test
  void addRefreshToken_storesOneMoreTokenOfTheSession_andChangesNoOther() {
    RefreshToken next = Fixtures.token(session.id(), at(5));
    RefreshToken retry = Fixtures.token(session.id(), at(6));
    runTx(() -> store.sessions().rotate(first, next, at(5)));

    runTx(() -> store.sessions().addRefreshToken(retry));

    assertThat(inTx(() -> store.sessions().findRefreshToken(retry.digest()))).contains(retry);
    assertThat(inTx(() -> store.sessions().findRefreshToken(next.digest()))).contains(next);
    assertThat(inTx(() -> store.sessions().findRefreshToken(first.digest())))
        .contains(first.used(at(5)));
  }

  @Test
  void refreshedSince_isWhetherAnotherTokenIssuedSinceItsUseHasBeenUsed() {
    RefreshToken second = Fixtures.token(session.id(), at(5));
    runTx(() -> store.sessions().rotate(first, second, at(5)));

    assertThat(refreshedSince(first)).as("its successor is unused").isFalse();
    runTx(() -> store.sessions().rotate(second, Fixtures.token(session.id(), at(7)), at(7)));

    assertThat(refreshedSince(first)).isTrue();
    assertThat(refreshedSince(second)).as("its successor is unused").isFalse();
  }

  @Test
  void refreshedSince_leavesOutTheSpentTokenItself_usedTheInstantItWasIssued() {
    RefreshToken issuedAndUsedAtOnce = Fixtures.token(session.id(), at(5));
    runTx(
        () -> {
          store.sessions().addRefreshToken(issuedAndUsedAtOnce);
          store.sessions().rotate(issuedAndUsedAtOnce, Fixtures.token(session.id(), at(5)), at(5));
        });

    assertThat(refreshedSince(issuedAndUsedAtOnce)).isFalse();
  }

  @Test
  void refreshedSince_looksAtThatSessionOnly() {
    Session other = Fixtures.session(user.id());
    RefreshToken othersFirst = Fixtures.token(other.id(), at(5));
    runTx(
        () -> {
          store.sessions().rotate(first, Fixtures.token(session.id(), at(5)), at(5));
          store.sessions().add(other, othersFirst);
          store.sessions().rotate(othersFirst, Fixtures.token(other.id(), at(6)), at(6));
        });

    assertThat(refreshedSince(first)).isFalse();
  }

  /** Asks about {@code token} as the store now holds it, spent. */
  private boolean refreshedSince(RefreshToken token) {
    RefreshToken spent =
        inTx(() -> store.sessions().findRefreshToken(token.digest())).orElseThrow();
    return inTx(() -> store.sessions().refreshedSince(spent));
  }
}

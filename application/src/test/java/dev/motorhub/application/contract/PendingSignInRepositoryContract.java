package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.PendingSignIn;
import dev.motorhub.domain.identity.TokenDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@code PendingSignInRepository} keeps: sign-ins under way by the digest of their
 * state, each taken back once however many take it at once, and forgotten once old.
 */
public abstract class PendingSignInRepositoryContract extends StoreContract {
  @Test
  void aSignIn_isTakenBackWithAllItHolds_once() {
    PendingSignIn signIn = signIn("state-1", at(1));
    runTx(() -> store.pendingSignIns().add(signIn));

    assertThat(take("state-1")).contains(signIn);
    assertThat(take("state-1")).isEmpty();
  }

  @Test
  void anUnknownState_findsNothing_andLeavesTheOthers() {
    runTx(() -> store.pendingSignIns().add(signIn("state-1", at(1))));

    assertThat(take("state-2")).isEmpty();
    assertThat(take("state-1")).isPresent();
  }

  @Test
  void manyTakingOneSignInAtOnce_oneOfThemGetsIt() throws Exception {
    runTx(() -> store.pendingSignIns().add(signIn("contested", at(1))));

    List<Boolean> got = Rivals.race(8, i -> () -> take("contested").isPresent());

    assertThat(got).containsOnlyOnce(true);
  }

  @Test
  void forgetStartedUntil_forgetsTheSignInsStartedByThen_andCountsTheRest() {
    runTx(
        () -> {
          store.pendingSignIns().add(signIn("old", at(1)));
          store.pendingSignIns().add(signIn("then", at(2)));
          store.pendingSignIns().add(signIn("new", at(3)));
        });

    assertThat(inTx(() -> store.pendingSignIns().forgetStartedUntil(at(2)))).isEqualTo(1);

    assertThat(take("old")).isEmpty();
    assertThat(take("then")).isEmpty();
    assertThat(take("new")).isPresent();
    assertThat(inTx(() -> store.pendingSignIns().forgetStartedUntil(at(0)))).isZero();
  }

  private Optional<PendingSignIn> take(String state) {
    return inTx(() -> store.pendingSignIns().take(TokenDigest.of(state)));
  }

  private static PendingSignIn signIn(String state, Instant startedAt) {
    return new PendingSignIn(
        TokenDigest.of(state),
        "nonce-of-" + state,
        "verifier-of-" + state + "-0123456789abcdef0123456789abcdef",
        TokenDigest.of("binding-of-" + state),
        startedAt);
  }
}

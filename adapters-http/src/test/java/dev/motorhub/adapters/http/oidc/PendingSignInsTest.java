package dev.motorhub.adapters.http.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.support.TestClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A sign-in under way is taken back once, from its browser, within its few minutes, by whichever
 * instance over the same store the provider sends the browser back to.
 */
class PendingSignInsTest {
  private final TestClock clock = TestClock.start();
  private final InMemoryStore store = new InMemoryStore();
  private final PendingSignIns pending = new PendingSignIns(store, clock);

  @Test
  void aSignIn_isTakenBackOnce() {
    pending.add("state-1", "nonce-1", "verifier-1", "binding-1");

    assertThat(pending.take("state-1", Optional.of("binding-1")).nonce()).isEqualTo("nonce-1");
    assertThatExceptionOfType(SignInRefused.class)
        .isThrownBy(() -> pending.take("state-1", Optional.of("binding-1")))
        .withMessageContaining("already used");
  }

  @Test
  void aSignInStartedOnOneInstance_isTakenBackOnAnother_once() {
    PendingSignIns otherInstance = new PendingSignIns(store, clock);
    pending.add("state-1", "nonce-1", "verifier-1", "binding-1");

    assertThat(otherInstance.take("state-1", Optional.of("binding-1")).nonce())
        .isEqualTo("nonce-1");
    assertThatExceptionOfType(SignInRefused.class)
        .isThrownBy(() -> pending.take("state-1", Optional.of("binding-1")))
        .withMessageContaining("already used");
  }

  @Test
  void aSignIn_expiresAfterFiveMinutes() {
    pending.add("state-1", "nonce-1", "verifier-1", "binding-1");
    pending.add("state-2", "nonce-2", "verifier-2", "binding-2");
    clock.advance(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(pending.take("state-1", Optional.of("binding-1")).verifier())
        .isEqualTo("verifier-1");

    clock.advance(Duration.ofSeconds(1));

    assertThatExceptionOfType(SignInRefused.class)
        .isThrownBy(() -> pending.take("state-2", Optional.of("binding-2")))
        .satisfies(refused -> assertThat(refused.status()).isEqualTo(400))
        .withMessageContaining("expired");
  }

  @Test
  void anotherBrowsersBinding_spendsTheSignInAndIsRefused() {
    pending.add("state-1", "nonce-1", "verifier-1", "binding-1");

    assertThatExceptionOfType(SignInRefused.class)
        .isThrownBy(() -> pending.take("state-1", Optional.of("binding-2")))
        .withMessageContaining("another browser");
    assertThatExceptionOfType(SignInRefused.class)
        .isThrownBy(() -> pending.take("state-1", Optional.of("binding-1")))
        .withMessageContaining("already used");
  }

  @Test
  void tooManySignInsAtOnce_areRefused_untilTheOldOnesExpire() {
    for (int i = 0; i < PendingSignIns.LIMIT; i++) {
      pending.add("state-" + i, "nonce", "verifier", "binding");
    }

    assertThatExceptionOfType(SignInRefused.class)
        .isThrownBy(() -> pending.add("one-more", "nonce", "verifier", "binding"))
        .satisfies(refused -> assertThat(refused.status()).isEqualTo(503));

    clock.advance(PendingSignIns.TTL);
    pending.add("one-more", "nonce", "verifier", "binding");
    assertThat(pending.take("one-more", Optional.of("binding")).nonce()).isEqualTo("nonce");
  }
}

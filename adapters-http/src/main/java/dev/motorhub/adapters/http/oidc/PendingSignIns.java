package dev.motorhub.adapters.http.oidc;

import dev.motorhub.application.Store;
import dev.motorhub.application.identity.PendingSignIn;
import dev.motorhub.application.identity.PendingSignInRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.TokenDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-ins sent to the provider and not yet back, kept in the store so that the provider may
 * send the browser back to any instance: under the digest of each {@code state}, the {@code nonce}
 * the ID token must carry, the PKCE verifier, and the digest of the browser's binding cookie. Each
 * is taken once (a replayed state finds nothing, on any instance) and only for {@link #TTL};
 * starting one forgets those past it, and at most {@link #LIMIT} wait at once, so nobody can fill
 * the store by starting sign-ins.
 */
final class PendingSignIns {
  static final Duration TTL = Duration.ofMinutes(5);
  static final int LIMIT = 10_000;

  private final Transactions tx;
  private final PendingSignInRepository signIns;
  private final Clock clock;

  PendingSignIns(Store store, Clock clock) {
    this.tx = store.transactions();
    this.signIns = store.pendingSignIns();
    this.clock = clock;
  }

  /** Keeps a new sign-in under {@code state}, bound to the browser holding {@code binding}. */
  void add(String state, String nonce, String verifier, String binding) {
    Instant now = clock.instant();
    tx.run(
        () -> {
          if (signIns.forgetStartedUntil(now.minus(TTL)) >= LIMIT) {
            throw new SignInRefused(
                503,
                "Too many sign-ins are under way. Please try again in a minute.",
                "pending full");
          }
          signIns.add(
              new PendingSignIn(
                  TokenDigest.of(state), nonce, verifier, TokenDigest.of(binding), now));
        });
  }

  /**
   * The sign-in kept under {@code state}, removed so that it is never taken again, if it has not
   * expired and the browser holds its binding.
   */
  PendingSignIn take(String state, Optional<String> binding) {
    Optional<PendingSignIn> taken =
        state == null
            ? Optional.empty()
            : tx.inTransaction(() -> signIns.take(TokenDigest.of(state)));
    Instant now = clock.instant();
    PendingSignIn pending =
        taken
            .filter(p -> now.isBefore(p.startedAt().plus(TTL)))
            .orElseThrow(
                () ->
                    SignInRefused.bad(
                        "This sign-in has expired or was already used. Please sign in again.",
                        "unknown, replayed or expired state"));
    boolean sameBrowser =
        binding.isPresent()
            && MessageDigest.isEqual(
                TokenDigest.of(binding.get()).getBytes(StandardCharsets.US_ASCII),
                pending.bindingDigest().getBytes(StandardCharsets.US_ASCII));
    if (!sameBrowser) {
      throw SignInRefused.bad(
          "This sign-in was started in another browser. Please sign in again.",
          "binding cookie missing or different");
    }
    return pending;
  }
}

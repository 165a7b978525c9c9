package dev.motorhub.adapters.http.oidc;

import dev.motorhub.domain.identity.TokenDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-ins sent to the provider and not yet back: under each {@code state}, the {@code nonce}
 * the ID token must carry, the PKCE verifier, and the digest of the browser's binding cookie. Each
 * is taken once (a replayed state finds nothing) and only for {@link #TTL}; at most {@link #LIMIT}
 * wait at once, so nobody can fill the memory by starting sign-ins.
 */
final class PendingSignIns {
  static final Duration TTL = Duration.ofMinutes(5);
  static final int LIMIT = 10_000;

  /** One sign-in under way. */
  record Pending(String nonce, String verifier, String bindingDigest, Instant startedAt) {
    @Override
    public String toString() {
      return "Pending[startedAt=" + startedAt + "]";
    }
  }

  private final Map<String, Pending> byState = new ConcurrentHashMap<>();
  private final Clock clock;

  PendingSignIns(Clock clock) {
    this.clock = clock;
  }

  /** Keeps a new sign-in under {@code state}, bound to the browser holding {@code binding}. */
  void add(String state, String nonce, String verifier, String binding) {
    Instant now = clock.instant();
    if (byState.size() >= LIMIT) {
      byState.values().removeIf(p -> expired(p, now));
      if (byState.size() >= LIMIT) {
        throw new SignInRefused(
            503, "Too many sign-ins are under way. Please try again in a minute.", "pending full");
      }
    }
    byState.put(state, new Pending(nonce, verifier, TokenDigest.of(binding), now));
  }

  /**
   * The sign-in kept under {@code state}, removed so that it is never taken again, if it has not
   * expired and the browser holds its binding.
   */
  Pending take(String state, Optional<String> binding) {
    Pending pending = state == null ? null : byState.remove(state);
    if (pending == null || expired(pending, clock.instant())) {
      throw SignInRefused.bad(
          "This sign-in has expired or was already used. Please sign in again.",
          "unknown, replayed or expired state");
    }
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

  private static boolean expired(Pending pending, Instant now) {
    return !now.isBefore(pending.startedAt().plus(TTL));
  }
}

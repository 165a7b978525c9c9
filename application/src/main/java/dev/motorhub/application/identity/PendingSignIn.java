package dev.motorhub.application.identity;

import java.time.Instant;

/**
 * A sign-in sent to an identity provider and not yet back: the digest of its {@code state} (the
 * state itself is never kept), the {@code nonce} the provider's ID token must carry, the PKCE
 * verifier, the digest of the browser binding, and when it started. Its {@link #toString()} shows
 * none of them but the time.
 */
public record PendingSignIn(
    String stateDigest, String nonce, String verifier, String bindingDigest, Instant startedAt) {
  @Override
  public String toString() {
    return "PendingSignIn[startedAt=" + startedAt + "]";
  }
}

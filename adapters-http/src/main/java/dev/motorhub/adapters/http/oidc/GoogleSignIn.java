package dev.motorhub.adapters.http.oidc;

import dev.motorhub.adapters.http.oidc.IdTokenVerifier.VerifiedIdentity;
import dev.motorhub.application.identity.PendingSignIn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The authorization code flow with PKCE against the provider: {@link #start} makes a fresh {@code
 * state}, {@code nonce}, PKCE verifier and browser binding and says where to send the browser;
 * {@link #finish} takes that sign-in back once (by its state, from the same browser), trades the
 * code with the verifier and checks the ID token it gets.
 */
final class GoogleSignIn {
  /** Where to send the browser, and the binding its cookie must hold when it comes back. */
  record Started(URI redirect, String binding) {}

  private final SecureRandom random = new SecureRandom();
  private final OpenIdProvider provider;
  private final PendingSignIns pending;
  private volatile IdTokenVerifier verifier;

  GoogleSignIn(OidcSettings settings, PendingSignIns pending) {
    this.provider = new OpenIdProvider(settings);
    this.pending = pending;
  }

  Started start() {
    String state = secret();
    String nonce = secret();
    String codeVerifier = secret();
    String binding = secret();
    URI redirect = provider.authorizationUri(state, nonce, challenge(codeVerifier));
    pending.add(state, nonce, codeVerifier, binding);
    return new Started(redirect, binding);
  }

  VerifiedIdentity finish(String state, String code, Optional<String> binding) {
    PendingSignIn signIn = pending.take(state, binding);
    if (code == null || code.isBlank()) {
      throw SignInRefused.bad("Google sent no sign-in code. Please sign in again.", "no code");
    }
    String idToken = provider.exchange(code, signIn.verifier());
    return verifier().verify(idToken, signIn.nonce());
  }

  private IdTokenVerifier verifier() {
    IdTokenVerifier known = verifier;
    if (known == null) {
      known = new IdTokenVerifier(provider.settings(), provider.metadata());
      verifier = known;
    }
    return known;
  }

  /** 256 random bits, base64url: a state, nonce, binding, or a PKCE verifier (43 characters). */
  private String secret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The S256 code challenge of a PKCE verifier (RFC 7636, 4.2). */
  static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}

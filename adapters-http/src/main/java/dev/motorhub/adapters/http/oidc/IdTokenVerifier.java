package dev.motorhub.adapters.http.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Checks an ID token with nimbus-jose-jwt: an RS256 signature by a key of the provider's JWKS
 * (cached, and fetched again when a token names a key id the cache lacks), the issuer, the audience
 * (this client, and {@code azp} too when there are several), expiry with a minute of clock skew,
 * the {@code nonce} this sign-in sent, and an email the provider has verified.
 */
final class IdTokenVerifier {
  /** Google's ID tokens may name their issuer without the scheme. */
  private static final String GOOGLE_BARE = "accounts.google.com";

  private static final int CLOCK_SKEW_SECONDS = 60;

  /** The person the provider vouches for. */
  record VerifiedIdentity(String subject, String email, String givenName, String familyName) {}

  private final OidcSettings settings;
  private final JWSVerificationKeySelector<SecurityContext> keys;

  IdTokenVerifier(OidcSettings settings, ProviderMetadata provider) {
    this.settings = settings;
    try {
      // Not rate-limited: ID tokens reach the platform only from the provider's token endpoint,
      // never from a client, so no caller can make it fetch the keys again and again.
      JWKSource<SecurityContext> source =
          JWKSourceBuilder.<SecurityContext>create(
                  provider.jwksUri().toURL(), new DefaultResourceRetriever(5_000, 10_000, 512_000))
              .cache(TimeUnit.MINUTES.toMillis(15), TimeUnit.SECONDS.toMillis(15))
              .rateLimited(false)
              .retrying(true)
              .build();
      this.keys = new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source);
    } catch (MalformedURLException e) {
      throw SignInRefused.unavailable("the jwks_uri is no URL");
    }
  }

  VerifiedIdentity verify(String idToken, String nonce) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(keys);
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            settings.clientId(),
            new JWTClaimsSet.Builder().claim("nonce", nonce).build(),
            Set.of("iss", "sub", "aud", "exp", "iat", "nonce"));
    claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(claims);
    JWTClaimsSet verified;
    try {
      verified = processor.process(idToken, null);
    } catch (ParseException | BadJOSEException e) {
      throw refused(e.getMessage());
    } catch (JOSEException e) {
      throw SignInRefused.unavailable("the provider's keys: " + e.getMessage());
    }
    String issuer = verified.getIssuer();
    boolean google = settings.issuer().equals(OidcSettings.GOOGLE) && GOOGLE_BARE.equals(issuer);
    if (!settings.issuer().toString().equals(issuer) && !google) {
      throw refused("issuer " + issuer);
    }
    List<String> audience = verified.getAudience();
    if (audience.size() > 1 && !settings.clientId().equals(claim(verified, "azp"))) {
      throw refused("several audiences and another azp");
    }
    Object emailVerified = verified.getClaim("email_verified");
    String email = claim(verified, "email");
    if (email.isBlank() || !(Boolean.TRUE.equals(emailVerified) || "true".equals(emailVerified))) {
      throw new SignInRefused(
          403,
          "Google has not verified the email address of this account, so it cannot sign you in"
              + " here.",
          "email missing or not verified");
    }
    return new VerifiedIdentity(
        verified.getSubject(),
        email,
        claim(verified, "given_name"),
        claim(verified, "family_name"));
  }

  private static String claim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String text ? text : "";
  }

  private static SignInRefused refused(String reason) {
    return SignInRefused.bad(
        "Google's answer could not be verified, so you are not signed in. Please try again.",
        "ID token refused: " + reason);
  }
}

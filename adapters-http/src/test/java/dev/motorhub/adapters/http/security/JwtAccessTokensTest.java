package dev.motorhub.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.motorhub.domain.identity.AccessClaims;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.SessionId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signature, issuer, claims and times of access tokens, read once and read again. */
class JwtAccessTokensTest {
  private static final byte[] SECRET =
      "a secret of at least thirty-two bytes, for tests".getBytes(StandardCharsets.UTF_8);
  private static final Instant ISSUED = Instant.parse("2026-12-08T10:00:00Z");
  private static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(1));

  private final JwtAccessTokens tokens = new JwtAccessTokens(SECRET);
  private final AccessClaims claims =
      new AccessClaims(
          new UserId(UUID.fromString("01a2533c-bb77-709e-a621-d0279ea8b855")),
          new SessionId(UUID.fromString("01a2533c-bde4-7205-9075-19b2438142bd")),
          Role.STAFF,
          "token-1",
          ISSUED,
          EXPIRES);

  @Test
  void aTokenIssued_readsBackAsItsClaims_fromItsIssueUntilJustBeforeItsExpiry() {
    String token = tokens.issue(claims);

    assertThat(tokens.read(token, ISSUED)).isEqualTo(claims);
    assertThat(tokens.read(token, EXPIRES.minusMillis(1))).isEqualTo(claims);
  }

  @Test
  void aTokenReadOnce_isStillRefusedAtItsExpiryAndAfter_andBeforeItsIssue() {
    String token = tokens.issue(claims);
    tokens.read(token, ISSUED.plusSeconds(60));

    assertRefused(token, EXPIRES);
    assertRefused(token, EXPIRES.plusSeconds(3600));
    assertRefused(token, ISSUED.minusSeconds(1));
  }

  @Test
  void aTokenSignedWithAnotherSecret_isRefused_evenOnceTheRightOneWasRead() {
    String right = tokens.issue(claims);
    tokens.read(right, ISSUED);
    String forged =
        new JwtAccessTokens("another secret, just as long as the first one".getBytes())
            .issue(claims);

    assertRefused(forged, ISSUED);
  }

  @Test
  void aTokenWhosePayloadWasChanged_isRefused() {
    String[] parts = tokens.issue(claims).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"staff\"", "\"superuser\"");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertRefused(tampered, ISSUED);
  }

  @Test
  void aTokenOfAnotherIssuer_orMissingAClaim_orUnsigned_isRefused() {
    Algorithm algorithm = Algorithm.HMAC256(SECRET);

    assertRefused(signed("someone-else", EXPIRES, algorithm), ISSUED);
    assertRefused(signed("motorhub", null, algorithm), ISSUED);
    assertRefused(signed("motorhub", EXPIRES, Algorithm.none()), ISSUED);
    assertRefused("not a token", ISSUED);
  }

  /** A token of this test's claims from {@code issuer}, expiring then (when given). */
  private String signed(String issuer, Instant expires, Algorithm algorithm) {
    return JWT.create()
        .withIssuer(issuer)
        .withSubject(claims.subject().toString())
        .withClaim("sid", claims.session().toString())
        .withClaim("role", "staff")
        .withIssuedAt(ISSUED)
        .withExpiresAt(expires)
        .sign(algorithm);
  }

  @Test
  void readingMoreTokensThanItRemembers_stillReadsEachOfThem() {
    for (int i = 0; i <= JwtAccessTokens.MAX_VERIFIED; i++) {
      AccessClaims each =
          new AccessClaims(
              claims.subject(), claims.session(), Role.CUSTOMER, "t" + i, ISSUED, EXPIRES);
      assertThat(tokens.read(tokens.issue(each), ISSUED)).isEqualTo(each);
    }
    String first = tokens.issue(claims);

    assertThat(tokens.read(first, ISSUED)).isEqualTo(claims);
    assertRefused(first, EXPIRES);
  }

  private void assertRefused(String token, Instant now) {
    assertThatThrownBy(() -> tokens.read(token, now))
        .isInstanceOf(Unauthenticated.class)
        .hasMessage("Invalid or expired token.");
  }
}

package dev.motorhub.adapters.http.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.motorhub.application.identity.AccessTokens;
import dev.motorhub.domain.identity.AccessClaims;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.SessionId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Access tokens as JWTs signed with HMAC-SHA256: {@code sub} the user, {@code sid} the session,
 * {@code jti} the token's own id, {@code role}, {@code iat} and {@code exp}. Reading one checks the
 * signature, the issuer and the expiry without any I/O.
 */
public final class JwtAccessTokens implements AccessTokens {
  /** The shortest secret accepted: 256 bits, as HMAC-SHA256 needs. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final String ISSUER = "motorhub";
  private static final String INVALID = "Invalid or expired token.";
  private final Algorithm algorithm;

  public JwtAccessTokens(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "The JWT secret must be at least " + MIN_SECRET_BYTES + " bytes long");
    }
    this.algorithm = Algorithm.HMAC256(secret);
  }

  @Override
  public String issue(AccessClaims claims) {
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(claims.subject().toString())
        .withClaim("sid", claims.session().toString())
        .withClaim("role", claims.role().wire())
        .withJWTId(claims.tokenId())
        .withIssuedAt(claims.issuedAt())
        .withExpiresAt(claims.expiresAt())
        .sign(algorithm);
  }

  @Override
  public AccessClaims read(String token, Instant now) {
    try {
      DecodedJWT jwt =
          ((JWTVerifier.BaseVerification)
                  JWT.require(algorithm)
                      .withIssuer(ISSUER)
                      .withClaimPresence("sid")
                      .withClaimPresence("role"))
              .build(Clock.fixed(now, ZoneOffset.UTC))
              .verify(token);
      return new AccessClaims(
          new UserId(UUID.fromString(jwt.getSubject())),
          new SessionId(UUID.fromString(jwt.getClaim("sid").asString())),
          Role.parse(jwt.getClaim("role").asString(), "role"),
          jwt.getId() == null ? "" : jwt.getId(),
          jwt.getIssuedAtAsInstant(),
          jwt.getExpiresAtAsInstant());
    } catch (JWTVerificationException
        | IllegalArgumentException
        | NullPointerException
        | InvalidInput e) {
      throw new Unauthenticated(INVALID);
    }
  }
}

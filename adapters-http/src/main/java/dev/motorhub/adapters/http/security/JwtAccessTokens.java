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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens as JWTs signed with HMAC-SHA256: {@code sub} the user, {@code sid} the session,
 * {@code jti} the token's own id, {@code role}, {@code iat} and {@code exp}. Reading one checks the
 * signature, the issuer and the times without any I/O. A token whose signature and claims were
 * checked is remembered with what it says (at most {@value #MAX_VERIFIED} of them, forgotten all at
 * once when full), so a client's next requests with it skip the parsing and the HMAC; its times are
 * checked at every read. Whether its session is still live is the caller's to check, at every
 * request.
 */
public final class JwtAccessTokens implements AccessTokens {
  /** The shortest secret accepted: 256 bits, as HMAC-SHA256 needs. */
  public static final int MIN_SECRET_BYTES = 32;

  static final int MAX_VERIFIED = 10_000;
  private static final String ISSUER = "motorhub";
  private static final String INVALID = "Invalid or expired token.";
  private final Algorithm algorithm;

  /**
   * Checks the signature, the issuer and the presence of every claim. The times are checked against
   * the reader's now in {@link #read}, so this verifier's own clock stands where its checks of them
   * always pass (the epoch: no token of ours expires before it, and the issue time is not checked).
   */
  private final JWTVerifier verifier;

  private final Map<String, AccessClaims> verified = new ConcurrentHashMap<>();

  public JwtAccessTokens(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "The JWT secret must be at least " + MIN_SECRET_BYTES + " bytes long");
    }
    this.algorithm = Algorithm.HMAC256(secret);
    this.verifier =
        ((JWTVerifier.BaseVerification)
                JWT.require(algorithm)
                    .withIssuer(ISSUER)
                    .withClaimPresence("sub")
                    .withClaimPresence("sid")
                    .withClaimPresence("role")
                    .withClaimPresence("iat")
                    .withClaimPresence("exp")
                    .ignoreIssuedAt())
            .build(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
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

  /** Valid from its issue time until (not at) its expiry. */
  @Override
  public AccessClaims read(String token, Instant now) {
    AccessClaims claims = verified.get(token);
    if (claims == null) {
      claims = verify(token);
      if (verified.size() >= MAX_VERIFIED) {
        verified.clear();
      }
      verified.put(token, claims);
    }
    if (now.isBefore(claims.issuedAt()) || !now.isBefore(claims.expiresAt())) {
      throw new Unauthenticated(INVALID);
    }
    return claims;
  }

  private AccessClaims verify(String token) {
    try {
      DecodedJWT jwt = verifier.verify(token);
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

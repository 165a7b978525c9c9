package dev.motorhub.application.memory;

import dev.motorhub.application.identity.AccessTokens;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.domain.identity.AccessClaims;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens as opaque random strings whose claims stay in memory: for embedding applications
 * and tests that need no signed tokens. Tokens die with the process; expired ones are dropped when
 * read.
 */
public final class InMemoryAccessTokens implements AccessTokens {
  private final Map<String, AccessClaims> issued = new ConcurrentHashMap<>();
  private final TokenGenerator tokens;

  public InMemoryAccessTokens(TokenGenerator tokens) {
    this.tokens = tokens;
  }

  @Override
  public String issue(AccessClaims claims) {
    String token = tokens.next();
    issued.put(token, claims);
    return token;
  }

  @Override
  public AccessClaims read(String token, Instant now) {
    AccessClaims claims = issued.get(token);
    if (claims == null || !now.isBefore(claims.expiresAt())) {
      if (claims != null) {
        issued.remove(token);
      }
      throw new Unauthenticated("Invalid or expired token.");
    }
    return claims;
  }
}

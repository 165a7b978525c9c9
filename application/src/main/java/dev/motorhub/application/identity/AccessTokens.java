package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.AccessClaims;
import java.time.Instant;

/** Encodes access tokens and reads them back. */
public interface AccessTokens {
  String issue(AccessClaims claims);

  /**
   * The claims of a token this issuer made and that has not expired at {@code now}; anything else
   * is {@code Unauthenticated}.
   */
  AccessClaims read(String token, Instant now);
}

package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessClaims;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns an access token into the caller it stands for. The signature and expiry are checked without
 * I/O; then one indexed lookup confirms that the session is live and the account active, so logout,
 * suspension and deactivation take effect on the next request. No password hashing.
 */
public final class Authenticate {
  private static final String INVALID = "Invalid or expired token.";

  private final Transactions tx;
  private final AccessTokens accessTokens;
  private final SessionRepository sessions;
  private final Clock clock;

  public Authenticate(
      Transactions tx, AccessTokens accessTokens, SessionRepository sessions, Clock clock) {
    this.tx = tx;
    this.accessTokens = accessTokens;
    this.sessions = sessions;
    this.clock = clock;
  }

  public Principal authenticate(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      throw new Unauthenticated("Authentication credentials were not provided.");
    }
    Instant now = clock.instant();
    AccessClaims claims = accessTokens.read(accessToken.strip(), now);
    SessionPrincipal found =
        tx.read(() -> sessions.findPrincipal(claims.session()))
            .filter(p -> p.session().isLive(now))
            .filter(p -> p.session().userId().equals(claims.subject()))
            .orElseThrow(() -> new Unauthenticated(INVALID));
    if (found.status() != AccountStatus.ACTIVE) {
      throw new Unauthenticated("This account is " + found.status().wire() + ".");
    }
    return new Principal(new Actor(claims.subject(), found.role()), claims.session());
  }
}

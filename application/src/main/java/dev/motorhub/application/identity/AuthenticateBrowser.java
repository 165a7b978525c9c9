package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns the secret of a browser's session cookie into the caller it stands for, with the same
 * checks as an access token's session: live, not revoked, its account active. One indexed lookup.
 */
public final class AuthenticateBrowser {
  private final Transactions tx;
  private final SessionRepository sessions;
  private final Clock clock;

  public AuthenticateBrowser(Transactions tx, SessionRepository sessions, Clock clock) {
    this.tx = tx;
    this.sessions = sessions;
    this.clock = clock;
  }

  public Principal authenticate(String sessionKey) {
    if (sessionKey == null || sessionKey.isBlank()) {
      throw new Unauthenticated("Authentication credentials were not provided.");
    }
    Instant now = clock.instant();
    String digest = SessionStarter.browserDigest(sessionKey.strip());
    SessionPrincipal found =
        tx.inTransaction(
                () ->
                    sessions
                        .findRefreshToken(digest)
                        .filter(key -> key.usedAt().isEmpty())
                        .flatMap(key -> sessions.findPrincipal(key.session())))
            .filter(p -> p.session().isLive(now))
            .orElseThrow(
                () -> new Unauthenticated("Your session has ended; please sign in again."));
    if (found.status() != AccountStatus.ACTIVE) {
      throw new Unauthenticated("This account is " + found.status().wire() + ".");
    }
    return new Principal(new Actor(found.session().userId(), found.role()), found.session().id());
  }
}

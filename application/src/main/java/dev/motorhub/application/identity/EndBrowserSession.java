package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import java.time.Clock;

/**
 * Signs a browser out: the session its cookie names is revoked, and with it every access token
 * obtained through it. A cookie that names no live session changes nothing.
 */
public final class EndBrowserSession {
  private final Transactions tx;
  private final SessionRepository sessions;
  private final Clock clock;

  public EndBrowserSession(Transactions tx, SessionRepository sessions, Clock clock) {
    this.tx = tx;
    this.sessions = sessions;
    this.clock = clock;
  }

  public void end(String sessionKey) {
    if (sessionKey == null || sessionKey.isBlank()) {
      return;
    }
    String digest = SessionStarter.browserDigest(sessionKey.strip());
    tx.run(
        () ->
            sessions
                .findRefreshToken(digest)
                .ifPresent(key -> sessions.revoke(key.session(), clock.instant())));
  }
}

package dev.motorhub.application.identity;

import java.time.Clock;

/**
 * Hands a signed-in browser an access token of its session, for the API calls its holder makes
 * elsewhere (curl, scripts): the token dies with the session, so signing out, a password change, a
 * suspension or a deactivation ends it at once.
 */
public final class ObtainBrowserToken {
  /** The caller the browser session stands for, and their new access token. */
  public record BrowserToken(Principal principal, AccessToken token) {}

  private final AuthenticateBrowser authenticate;
  private final SessionStarter starter;
  private final Clock clock;

  public ObtainBrowserToken(AuthenticateBrowser authenticate, SessionStarter starter, Clock clock) {
    this.authenticate = authenticate;
    this.starter = starter;
    this.clock = clock;
  }

  public BrowserToken obtain(String sessionKey) {
    Principal principal = authenticate.authenticate(sessionKey);
    return new BrowserToken(
        principal,
        starter.accessFor(
            principal.actor().id(),
            principal.actor().role(),
            principal.session(),
            clock.instant()));
  }
}

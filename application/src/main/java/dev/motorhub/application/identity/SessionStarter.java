package dev.motorhub.application.identity;

import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.domain.identity.AccessClaims;
import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.SessionId;
import dev.motorhub.domain.identity.TokenDigest;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Instant;
import java.util.Optional;

/** Starts sessions and mints their tokens; used inside the transaction of a sign-in. */
public final class SessionStarter {
  private final SessionRepository sessions;
  private final AccessTokens accessTokens;
  private final TokenGenerator tokenGenerator;
  private final IdGenerator ids;
  private final CoreSettings settings;

  public SessionStarter(
      SessionRepository sessions,
      AccessTokens accessTokens,
      TokenGenerator tokenGenerator,
      IdGenerator ids,
      CoreSettings settings) {
    this.sessions = sessions;
    this.accessTokens = accessTokens;
    this.tokenGenerator = tokenGenerator;
    this.ids = ids;
    this.settings = settings;
  }

  /** A new session for {@code user} with its first refresh token. */
  public Tokens start(User user, Instant now) {
    Session session =
        Session.start(new SessionId(ids.next()), user.id(), now, now.plus(settings.sessionTtl()));
    String refresh = tokenGenerator.next();
    sessions.add(
        session, new RefreshToken(TokenDigest.of(refresh), session.id(), now, Optional.empty()));
    return tokensFor(user.id(), user.role(), session.id(), refresh, now);
  }

  /**
   * A new session for {@code user} held by a browser: instead of a refresh token, the secret of the
   * browser's cookie. It is stored as a refresh token of the session under a digest of its own
   * ({@link #browserDigest}), so that it is never taken for a refresh token nor a refresh token for
   * it, and it is never rotated: the session ends when it is revoked, expires, or its account stops
   * being active, exactly as every other session does.
   */
  public BrowserSession startInBrowser(User user, Instant now) {
    Session session =
        Session.start(new SessionId(ids.next()), user.id(), now, now.plus(settings.sessionTtl()));
    String key = tokenGenerator.next();
    sessions.add(
        session, new RefreshToken(browserDigest(key), session.id(), now, Optional.empty()));
    return new BrowserSession(key, session.id(), session.expiresAt());
  }

  /** The digest under which a browser session's secret is stored. */
  static String browserDigest(String key) {
    return TokenDigest.of("browser-session:" + key);
  }

  /** An access token for an existing session, beside the given refresh token. */
  Tokens tokensFor(UserId user, Role role, SessionId session, String refresh, Instant now) {
    AccessToken access = accessFor(user, role, session, now);
    return new Tokens(access.value(), access.expiresAt(), refresh);
  }

  /** An access token for an existing session. */
  AccessToken accessFor(UserId user, Role role, SessionId session, Instant now) {
    Instant expires = now.plus(settings.accessTokenTtl());
    String access =
        accessTokens.issue(
            new AccessClaims(user, session, role, ids.next().toString(), now, expires));
    return new AccessToken(access, expires);
  }

  /** A fresh opaque refresh token value. */
  String newRefreshValue() {
    return tokenGenerator.next();
  }
}

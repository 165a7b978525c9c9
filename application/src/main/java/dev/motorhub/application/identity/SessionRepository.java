package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.SessionId;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;

/** Sign-in sessions and their refresh tokens. */
public interface SessionRepository {
  void add(Session session, RefreshToken first);

  /**
   * The session with its account's current role and status, in one indexed lookup: this runs on
   * every authenticated request.
   */
  Optional<SessionPrincipal> findPrincipal(SessionId id);

  Optional<RefreshToken> findRefreshToken(String digest);

  /**
   * Marks {@code used} as used and stores {@code next}, unless {@code used} was used meanwhile:
   * then nothing changes and the answer is false.
   */
  boolean rotate(RefreshToken used, RefreshToken next, Instant at);

  /**
   * Stores one more refresh token of an existing session, changing no other: the answer to a client
   * that retried a refresh within the grace.
   */
  void addRefreshToken(RefreshToken token);

  /**
   * Whether the session of {@code spent}, a used token, has moved on since that use: another of its
   * refresh tokens, issued then or later, has been used in turn.
   */
  boolean refreshedSince(RefreshToken spent);

  void revoke(SessionId id, Instant at);

  void revokeAllOf(UserId user, Instant at);
}

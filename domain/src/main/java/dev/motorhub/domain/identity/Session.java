package dev.motorhub.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-in session: it starts at login and lasts until it expires or is revoked. Access tokens
 * name their session, so revoking it (logout, a password change, deactivation, or the reuse of a
 * rotated refresh token) makes every token of it fail at once.
 */
public record Session(
    SessionId id,
    UserId userId,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> revokedAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  public static Session start(SessionId id, UserId userId, Instant at, Instant expiresAt) {
    return new Session(id, userId, at, expiresAt, Optional.empty());
  }

  public boolean isLive(Instant now) {
    return revokedAt.isEmpty() && now.isBefore(expiresAt);
  }
}

package dev.motorhub.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One refresh token of a session, stored only as the digest of its value. It is used once: using it
 * marks it and issues its successor; a second use of it is the sign of a stolen token.
 */
public record RefreshToken(
    String digest, SessionId session, Instant issuedAt, Optional<Instant> usedAt) {

  public RefreshToken {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(usedAt, "usedAt");
  }

  public RefreshToken used(Instant at) {
    return new RefreshToken(digest, session, issuedAt, Optional.of(at));
  }
}

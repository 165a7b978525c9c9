package dev.motorhub.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One refresh token of a session, stored only as the digest of its value. It is used once: using it
 * marks it and issues its successor. Presented again within a short grace after that use, it is
 * taken for the client's retry of the same refresh; any later use is the sign of a stolen token.
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

  /** Whether presenting this token at {@code now} is within {@code grace} of its first use. */
  public boolean withinGraceOfUse(Duration grace, Instant now) {
    return usedAt.isPresent() && now.isBefore(usedAt.get().plus(grace));
  }
}

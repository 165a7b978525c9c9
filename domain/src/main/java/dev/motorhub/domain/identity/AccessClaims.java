package dev.motorhub.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** What an access token says: whose it is, of which session, its own id, and when it is good. */
public record AccessClaims(
    UserId subject,
    SessionId session,
    Role role,
    String tokenId,
    Instant issuedAt,
    Instant expiresAt) {

  public AccessClaims {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}

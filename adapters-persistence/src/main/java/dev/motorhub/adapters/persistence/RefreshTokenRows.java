package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalInstant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.SessionId;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** A refresh token as a row of {@code refresh_tokens} and back. */
final class RefreshTokenRows {
  static final String SELECT = "select digest, session_id, issued_at, used_at from refresh_tokens";

  static final RowMapper<RefreshToken> MAPPER =
      (rs, ctx) ->
          new RefreshToken(
              rs.getString("digest"),
              new SessionId(uuid(rs, "session_id")),
              instant(rs, "issued_at"),
              optionalInstant(rs, "used_at"));

  private RefreshTokenRows() {}

  static int insert(Handle h, RefreshToken token) {
    return h.createUpdate(
            """
            insert into refresh_tokens (digest, session_id, issued_at, used_at)
            values (:digest, :sessionId, :issuedAt, :usedAt)""")
        .bind("digest", token.digest())
        .bind("sessionId", token.session().value())
        .bind("issuedAt", token.issuedAt())
        .bindByType("usedAt", token.usedAt().orElse(null), Instant.class)
        .execute();
  }
}

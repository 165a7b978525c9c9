package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalInstant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.identity.SessionPrincipal;
import dev.motorhub.application.identity.SessionRepository;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.SessionId;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Sessions in {@code sessions} and refresh tokens in {@code refresh_tokens}. A token is marked used
 * by a conditional update, so of two concurrent rotations of it exactly one succeeds.
 */
final class JdbiSessionRepository implements SessionRepository {
  private static final RowMapper<SessionPrincipal> PRINCIPALS =
      (rs, ctx) ->
          new SessionPrincipal(
              new Session(
                  new SessionId(uuid(rs, "id")),
                  new UserId(uuid(rs, "user_id")),
                  instant(rs, "created_at"),
                  instant(rs, "expires_at"),
                  optionalInstant(rs, "revoked_at")),
              Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
              AccountStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)));

  private final JdbiTransactions tx;

  JdbiSessionRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Session session, RefreshToken first) {
    tx.withHandle(
        h -> {
          h.createUpdate(
                  """
                  insert into sessions (id, user_id, created_at, expires_at, revoked_at)
                  values (:id, :userId, :createdAt, :expiresAt, :revokedAt)""")
              .bind("id", session.id().value())
              .bind("userId", session.userId().value())
              .bind("createdAt", session.createdAt())
              .bind("expiresAt", session.expiresAt())
              .bindByType("revokedAt", session.revokedAt().orElse(null), Instant.class)
              .execute();
          return RefreshTokenRows.insert(h, first);
        });
  }

  @Override
  public Optional<SessionPrincipal> findPrincipal(SessionId id) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    """
                    select s.id, s.user_id, s.created_at, s.expires_at, s.revoked_at, u.role,
                      u.status
                    from sessions s join users u on u.id = s.user_id
                    where s.id = :id""")
                .bind("id", id.value())
                .map(PRINCIPALS)
                .findOne());
  }

  @Override
  public Optional<RefreshToken> findRefreshToken(String digest) {
    return tx.withHandle(
        h ->
            h.createQuery(RefreshTokenRows.SELECT + " where digest = :digest")
                .bind("digest", digest)
                .map(RefreshTokenRows.MAPPER)
                .findOne());
  }

  @Override
  public boolean rotate(RefreshToken used, RefreshToken next, Instant at) {
    return tx.withHandle(
        h -> {
          int marked =
              h.createUpdate(
                      "update refresh_tokens set used_at = :at"
                          + " where digest = :digest and used_at is null")
                  .bind("at", at)
                  .bind("digest", used.digest())
                  .execute();
          if (marked == 0) {
            return false;
          }
          RefreshTokenRows.insert(h, next);
          return true;
        });
  }

  @Override
  public void addRefreshToken(RefreshToken token) {
    tx.withHandle(h -> RefreshTokenRows.insert(h, token));
  }

  @Override
  public boolean refreshedSince(RefreshToken spent) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    """
                    select exists (select 1 from refresh_tokens where session_id = :sessionId
                      and digest <> :digest and issued_at >= :since and used_at is not null)""")
                .bind("sessionId", spent.session().value())
                .bind("digest", spent.digest())
                .bind("since", spent.usedAt().orElseThrow())
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public void revoke(SessionId id, Instant at) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    "update sessions set revoked_at = :at where id = :id and revoked_at is null")
                .bind("at", at)
                .bind("id", id.value())
                .execute());
  }

  @Override
  public void revokeAllOf(UserId user, Instant at) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    "update sessions set revoked_at = :at"
                        + " where user_id = :userId and revoked_at is null")
                .bind("at", at)
                .bind("userId", user.value())
                .execute());
  }
}

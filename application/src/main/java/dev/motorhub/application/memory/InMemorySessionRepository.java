package dev.motorhub.application.memory;

import dev.motorhub.application.identity.SessionPrincipal;
import dev.motorhub.application.identity.SessionRepository;
import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.SessionId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Sessions and refresh tokens in memory. */
final class InMemorySessionRepository implements SessionRepository {
  private final Table<UUID, Session> sessions;
  private final Table<String, RefreshToken> refreshTokens;
  private final Table<UUID, User> users;

  InMemorySessionRepository(
      Table<UUID, Session> sessions,
      Table<String, RefreshToken> refreshTokens,
      Table<UUID, User> users) {
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.users = users;
  }

  @Override
  public void add(Session session, RefreshToken first) {
    sessions.put(session.id().value(), session);
    refreshTokens.put(first.digest(), first);
  }

  @Override
  public Optional<SessionPrincipal> findPrincipal(SessionId id) {
    return sessions
        .get(id.value())
        .flatMap(
            s ->
                users
                    .get(s.userId().value())
                    .map(u -> new SessionPrincipal(s, u.role(), u.status())));
  }

  @Override
  public Optional<RefreshToken> findRefreshToken(String digest) {
    return refreshTokens.get(digest);
  }

  @Override
  public boolean rotate(RefreshToken used, RefreshToken next, Instant at) {
    Optional<RefreshToken> stored = refreshTokens.get(used.digest());
    if (stored.isEmpty() || stored.get().usedAt().isPresent()) {
      return false;
    }
    refreshTokens.put(used.digest(), stored.get().used(at));
    refreshTokens.put(next.digest(), next);
    return true;
  }

  @Override
  public void addRefreshToken(RefreshToken token) {
    refreshTokens.put(token.digest(), token);
  }

  @Override
  public boolean refreshedSince(RefreshToken spent) {
    Instant since = spent.usedAt().orElseThrow();
    return !refreshTokens
        .where(
            t ->
                t.session().equals(spent.session())
                    && !t.digest().equals(spent.digest())
                    && !t.issuedAt().isBefore(since)
                    && t.usedAt().isPresent())
        .isEmpty();
  }

  @Override
  public void revoke(SessionId id, Instant at) {
    sessions
        .get(id.value())
        .filter(s -> s.revokedAt().isEmpty())
        .ifPresent(
            s ->
                sessions.put(
                    id.value(),
                    new Session(
                        s.id(), s.userId(), s.createdAt(), s.expiresAt(), Optional.of(at))));
  }

  @Override
  public void revokeAllOf(UserId user, Instant at) {
    sessions.where(s -> s.userId().equals(user)).forEach(s -> revoke(s.id(), at));
  }

  /** Removes the sessions and refresh tokens of a deleted account. */
  void deleteAllOf(UserId user) {
    for (Session session : sessions.where(s -> s.userId().equals(user))) {
      refreshTokens
          .where(t -> t.session().equals(session.id()))
          .forEach(t -> refreshTokens.remove(t.digest()));
      sessions.remove(session.id().value());
    }
  }
}

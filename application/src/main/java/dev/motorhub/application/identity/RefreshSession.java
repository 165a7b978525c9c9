package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.TokenDigest;
import dev.motorhub.domain.shared.Unauthenticated;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Trades a refresh token for a new access token and a new refresh token. Each refresh token works
 * once, with one allowance for a client that sends the same refresh twice (a retry on a slow
 * network, two tabs at once): presented again within the grace after its first use, and before any
 * token of its session issued since has been used, it is a retry and answers a new pair of the same
 * session, revoking nothing. Presented again at any other time it was copied, so the whole session
 * is revoked and every holder must sign in again.
 */
public final class RefreshSession {
  /** The refresh token as the client holds it. */
  public record Command(String refreshToken) {
    public Command {
      new Violations().require(refreshToken, "refresh").throwIfAny();
    }

    @Override
    public String toString() {
      return "Command[refreshToken=***]";
    }
  }

  private static final String INVALID = "Invalid or expired refresh token.";

  private final Transactions tx;
  private final SessionRepository sessions;
  private final SessionStarter starter;
  private final Duration grace;
  private final Clock clock;

  public RefreshSession(
      Transactions tx,
      SessionRepository sessions,
      SessionStarter starter,
      Duration grace,
      Clock clock) {
    this.tx = tx;
    this.sessions = sessions;
    this.starter = starter;
    this.grace = grace;
    this.clock = clock;
  }

  public Tokens refresh(Command command) {
    Instant now = clock.instant();
    String digest = TokenDigest.of(command.refreshToken().strip());
    // The revocation of a reused token's session must be kept, so the refusal is thrown only
    // after the transaction has committed.
    Optional<Tokens> tokens = tx.inTransaction(() -> rotate(digest, now));
    return tokens.orElseThrow(() -> new Unauthenticated(INVALID));
  }

  private Optional<Tokens> rotate(String digest, Instant now) {
    Optional<RefreshToken> found = sessions.findRefreshToken(digest);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RefreshToken token = found.get();
    Optional<SessionPrincipal> principal = sessions.findPrincipal(token.session());
    if (principal.isEmpty()
        || !principal.get().session().isLive(now)
        || principal.get().status() != AccountStatus.ACTIVE) {
      return Optional.empty();
    }
    String nextValue = starter.newRefreshValue();
    RefreshToken next =
        new RefreshToken(TokenDigest.of(nextValue), token.session(), now, Optional.empty());
    if (!renewed(token, next, now)) {
      sessions.revoke(token.session(), now);
      return Optional.empty();
    }
    SessionPrincipal live = principal.get();
    return Optional.of(
        starter.tokensFor(live.session().userId(), live.role(), token.session(), nextValue, now));
  }

  /** Stores {@code next} as the successor of {@code token}, or beside it on a retry. */
  private boolean renewed(RefreshToken token, RefreshToken next, Instant now) {
    if (token.usedAt().isEmpty() && sessions.rotate(token, next, now)) {
      return true;
    }
    // Spent, perhaps by a rival that has just committed: read its first use again.
    boolean retried =
        sessions
            .findRefreshToken(token.digest())
            .filter(spent -> spent.withinGraceOfUse(grace, now))
            .filter(spent -> !sessions.refreshedSince(spent))
            .isPresent();
    if (retried) {
      sessions.addRefreshToken(next);
    }
    return retried;
  }
}

package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.TokenDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Ends the caller's session: its access tokens and its refresh token stop working at once. A
 * refresh token of another of the caller's own sessions, when given, ends that session too.
 */
public final class LogOut {
  /** The caller, and the refresh token a client may send along. */
  public record Command(Principal principal, Optional<String> refreshToken) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(refreshToken, "refreshToken");
    }
  }

  private final Transactions tx;
  private final SessionRepository sessions;
  private final Clock clock;

  public LogOut(Transactions tx, SessionRepository sessions, Clock clock) {
    this.tx = tx;
    this.sessions = sessions;
    this.clock = clock;
  }

  public void logOut(Command command) {
    Instant now = clock.instant();
    tx.run(
        () -> {
          sessions.revoke(command.principal().session(), now);
          command
              .refreshToken()
              .filter(token -> !token.isBlank())
              .flatMap(token -> sessions.findRefreshToken(TokenDigest.of(token.strip())))
              .flatMap(token -> sessions.findPrincipal(token.session()))
              .filter(p -> p.session().userId().equals(command.principal().actor().id()))
              .ifPresent(p -> sessions.revoke(p.session().id(), now));
        });
  }
}

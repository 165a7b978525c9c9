package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.LoginThrottlePolicy;
import dev.motorhub.domain.identity.PasswordHash;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Throttled;
import dev.motorhub.domain.shared.Unauthenticated;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs a user in with username and password. Repeated failures for one username from one client
 * address pause that address, and many failures for one username from anywhere put it under a
 * growing back-off that pauses the addresses that failed, never one that has not ({@link
 * LoginThrottlePolicy}): guessing is slowed without locking the owner out. The password is checked
 * outside any transaction, as hashing is slow.
 */
public final class LogIn {
  private static final LoginThrottlePolicy THROTTLE = LoginThrottlePolicy.STANDARD;

  /** The credentials as typed and the address of the client that sent them. */
  public record Command(String username, String password, String clientAddress) {
    public Command {
      new Violations().require(username, "username").require(password, "password").throwIfAny();
      clientAddress = clientAddress == null ? "unknown" : clientAddress;
    }
  }

  private final Transactions tx;
  private final UserRepository users;
  private final LoginAttempts attempts;
  private final PasswordHasher hasher;
  private final SessionStarter sessions;
  private final Clock clock;
  private volatile PasswordHash decoy;

  public LogIn(
      Transactions tx,
      UserRepository users,
      LoginAttempts attempts,
      PasswordHasher hasher,
      SessionStarter sessions,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.attempts = attempts;
    this.hasher = hasher;
    this.sessions = sessions;
    this.clock = clock;
  }

  public SignedIn logIn(Command command) {
    Instant now = clock.instant();
    String userKey = "username:" + command.username().strip().toLowerCase(Locale.ROOT);
    String pairKey = userKey + "|address:" + command.clientAddress();
    Optional<User> found =
        tx.inTransaction(
            () -> {
              refuseIfPaused(pairKey, userKey, now);
              return parse(command.username()).flatMap(users::findByUsername);
            });
    if (!passwordMatches(found, command.password())) {
      tx.run(
          () -> {
            attempts.recordFailure(pairKey, now, THROTTLE.windowStart(now));
            attempts.recordFailure(userKey, now, THROTTLE.windowStart(now));
          });
      throw new Unauthenticated("Invalid credentials.");
    }
    User user = found.orElseThrow();
    if (!user.canSignIn()) {
      throw new Forbidden("This account is " + user.status().wire() + ". Please contact support.");
    }
    return tx.inTransaction(
        () -> {
          attempts.clear(pairKey);
          users.recordLogin(user.id(), now);
          return new SignedIn(user.loggedIn(now), sessions.start(user, now));
        });
  }

  private boolean passwordMatches(Optional<User> user, String password) {
    if (user.isPresent()) {
      return hasher.matches(password, user.get().passwordHash());
    }
    hasher.matches(password, decoy()); // the same work as for a real account: no timing oracle
    return false;
  }

  private PasswordHash decoy() {
    if (decoy == null) {
      decoy = hasher.hash("decoy-password-for-unknown-users");
    }
    return decoy;
  }

  private void refuseIfPaused(String pairKey, String userKey, Instant now) {
    Instant since = THROTTLE.windowStart(now);
    Optional<Duration> pause =
        THROTTLE.pause(
            attempts.failuresSince(pairKey, since), attempts.failuresSince(userKey, since), now);
    if (pause.isPresent()) {
      throw new Throttled(
          "Too many failed login attempts. Try again in " + pause.get().toSeconds() + " seconds.",
          pause.get());
    }
  }

  private static Optional<Username> parse(String username) {
    try {
      return Optional.of(new Username(username));
    } catch (InvalidInput invalid) {
      return Optional.empty();
    }
  }
}

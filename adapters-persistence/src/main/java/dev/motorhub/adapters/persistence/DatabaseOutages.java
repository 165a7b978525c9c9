package dev.motorhub.adapters.persistence;

import dev.motorhub.domain.shared.Failure;
import dev.motorhub.domain.shared.Unavailable;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tells a database that cannot be reached (refused, lost or shut-down connections, an exhausted
 * pool) from every other failure, and turns it into the core's {@link Unavailable}: the unit of
 * work was rolled back, so the caller may simply try again.
 */
final class DatabaseOutages {
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  /** SQLStates of a server that is shutting down, crashing or not yet accepting connections. */
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  private DatabaseOutages() {}

  /** Runs database work, turning an outage into {@link Unavailable}. */
  static <T> T guard(Supplier<T> work) {
    try {
      return work.get();
    } catch (Failure failure) {
      throw failure;
    } catch (RuntimeException e) {
      throw outage(e).<RuntimeException>map(cause -> unavailable()).orElse(e);
    }
  }

  /**
   * Runs the opening of a pool or a migration, turning an outage into {@link Unavailable} that
   * tells why, in the driver's words (which never hold the password).
   */
  static <T> T guardStart(Supplier<T> start) {
    try {
      return start.get();
    } catch (RuntimeException e) {
      throw outage(e)
          .<RuntimeException>map(
              cause ->
                  new Unavailable("Cannot reach the database: " + cause.getMessage(), RETRY_AFTER))
          .orElse(e);
    }
  }

  /** The deepest cause that shows the database out of reach, if {@code failure} is an outage. */
  static Optional<Throwable> outage(Throwable failure) {
    Throwable found = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof ConnectException
          || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        found = cause;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
  }

  private static Unavailable unavailable() {
    return new Unavailable(
        "The database is unavailable right now; nothing was changed. Try again shortly.",
        RETRY_AFTER);
  }
}

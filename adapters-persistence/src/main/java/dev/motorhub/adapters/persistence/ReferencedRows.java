package dev.motorhub.adapters.persistence;

import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.NotFound;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/**
 * Turns a foreign key violation (SQLState 23503) on a deletion into the core's {@link Conflict}: a
 * row that others refer to with {@code on delete restrict} is kept for their sake.
 */
final class ReferencedRows {
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private ReferencedRows() {}

  /**
   * Runs a deletion; when other rows still refer to the row, it is a conflict with that message.
   */
  static void guard(Runnable delete, String message) {
    try {
      delete.run();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof PSQLException cause
          && FOREIGN_KEY_VIOLATION.equals(cause.getSQLState())) {
        throw new Conflict("", message);
      }
      throw e;
    }
  }

  /**
   * Runs an insert; when a row it refers to is gone (deleted by a unit of work that won the race),
   * it is the core's {@code NotFound} of what the violated constraint refers to.
   */
  static <T> T requireExisting(Map<String, String> referredBy, Supplier<T> insert) {
    try {
      return insert.get();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof PSQLException cause
          && FOREIGN_KEY_VIOLATION.equals(cause.getSQLState())
          && cause.getServerErrorMessage() != null
          && referredBy.containsKey(cause.getServerErrorMessage().getConstraint())) {
        throw new NotFound(referredBy.get(cause.getServerErrorMessage().getConstraint()));
      }
      throw e;
    }
  }
}

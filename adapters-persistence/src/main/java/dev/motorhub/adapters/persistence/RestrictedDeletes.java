package dev.motorhub.adapters.persistence;

import dev.motorhub.domain.shared.Conflict;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/**
 * Turns a delete that a restricting foreign key refuses (SQLState 23503: other records still name
 * the row) into the core's {@link Conflict}, in the words the in-memory store uses.
 */
final class RestrictedDeletes {
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private RestrictedDeletes() {}

  static <T> T guard(String message, Supplier<T> delete) {
    try {
      return delete.get();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof PSQLException cause
          && FOREIGN_KEY_VIOLATION.equals(cause.getSQLState())) {
        throw new Conflict("", message);
      }
      throw e;
    }
  }
}

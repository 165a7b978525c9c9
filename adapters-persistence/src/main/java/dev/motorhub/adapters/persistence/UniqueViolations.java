package dev.motorhub.adapters.persistence;

import dev.motorhub.domain.shared.Conflict;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a unique violation (SQLState 23505) into the core's {@link Conflict} on the field its
 * constraint guards, in the words the in-memory store uses.
 */
final class UniqueViolations {
  private static final String UNIQUE_VIOLATION = "23505";

  /** The conflict a unique constraint stands for. */
  private record Taken(String field, String message) {}

  private static final Map<String, Taken> BY_CONSTRAINT =
      Map.of(
          "users_username_unique",
          new Taken("username", "A user with this username already exists."),
          "users_email_unique",
          new Taken("email", "A user with this email already exists."),
          "users_phone_unique",
          new Taken("phone_number", "A user with this phone number already exists."),
          "subscription_plans_name_unique",
          new Taken("name", "A subscription plan with this name already exists."),
          "customers_user_unique",
          new Taken("user", "This account already has a customer profile."),
          "mechanics_user_unique",
          new Taken("user", "This account already has a mechanic profile."),
          "vehicles_plate_unique",
          new Taken("license_plate", "A vehicle with this licence plate is already registered."));

  private UniqueViolations() {}

  /** Runs a write, turning the violation of a known unique constraint into a conflict. */
  static <T> T guard(Supplier<T> write) {
    try {
      return write.get();
    } catch (UnableToExecuteStatementException e) {
      throw taken(e).<RuntimeException>map(t -> new Conflict(t.field(), t.message())).orElse(e);
    }
  }

  private static Optional<Taken> taken(UnableToExecuteStatementException e) {
    if (e.getCause() instanceof PSQLException cause
        && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
      return Optional.ofNullable(cause.getServerErrorMessage())
          .map(ServerErrorMessage::getConstraint)
          .map(BY_CONSTRAINT::get);
    }
    return Optional.empty();
  }
}

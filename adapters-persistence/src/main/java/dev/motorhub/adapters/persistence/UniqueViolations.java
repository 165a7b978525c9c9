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
      Map.ofEntries(
          Map.entry(
              "users_username_unique",
              new Taken("username", "A user with this username already exists.")),
          Map.entry(
              "users_email_unique", new Taken("email", "A user with this email already exists.")),
          Map.entry(
              "users_phone_unique",
              new Taken("phone_number", "A user with this phone number already exists.")),
          Map.entry(
              "subscription_plans_name_unique",
              new Taken("name", "A subscription plan with this name already exists.")),
          Map.entry(
              "customers_user_unique",
              new Taken("user", "This account already has a customer profile.")),
          Map.entry(
              "mechanics_user_unique",
              new Taken("user", "This account already has a mechanic profile.")),
          Map.entry(
              "services_name_unique",
              new Taken("name", "A service with this name already exists.")),
          Map.entry(
              "trades_open_vehicle_unique",
              new Taken("vehicle_id", "This vehicle is on the marketplace already.")),
          Map.entry("invoices_source_unique", new Taken("", "This has been invoiced already.")),
          Map.entry(
              "payments_idempotency_unique",
              new Taken("Idempotency-Key", "This Idempotency-Key was used already.")),
          Map.entry(
              "credit_cards_owner_fingerprint_unique",
              new Taken("number", "This card is already on file.")),
          Map.entry(
              "vehicles_plate_unique",
              new Taken(
                  "license_plate", "A vehicle with this licence plate is already registered.")));

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

package dev.motorhub.adapters.persistence;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.domain.shared.Conflict;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a unique violation (SQLState 23505) into the core's {@link Conflict}: the {@link
 * StoreConflict} its constraint stands for, in the words the in-memory store uses too.
 */
final class UniqueViolations {
  private static final String UNIQUE_VIOLATION = "23505";

  private static final Map<String, StoreConflict> BY_CONSTRAINT =
      Map.ofEntries(
          Map.entry("users_username_unique", StoreConflict.USERNAME_TAKEN),
          Map.entry("users_email_unique", StoreConflict.EMAIL_TAKEN),
          Map.entry("users_phone_unique", StoreConflict.PHONE_TAKEN),
          Map.entry("subscription_plans_name_unique", StoreConflict.PLAN_NAME_TAKEN),
          Map.entry("customers_user_unique", StoreConflict.CUSTOMER_PROFILE_TAKEN),
          Map.entry("customers_standalone_phone_unique", StoreConflict.CUSTOMER_PHONE_TAKEN),
          Map.entry("mechanics_user_unique", StoreConflict.MECHANIC_PROFILE_TAKEN),
          Map.entry("services_name_unique", StoreConflict.SERVICE_NAME_TAKEN),
          Map.entry("trades_open_vehicle_unique", StoreConflict.VEHICLE_ON_MARKET),
          Map.entry("invoices_source_unique", StoreConflict.SOURCE_INVOICED),
          Map.entry("payments_idempotency_unique", StoreConflict.IDEMPOTENCY_KEY_USED),
          Map.entry("credit_cards_owner_fingerprint_unique", StoreConflict.CARD_ON_FILE),
          Map.entry("vehicles_plate_unique", StoreConflict.PLATE_TAKEN),
          Map.entry("service_kinds_code_unique", StoreConflict.SERVICE_KIND_TAKEN),
          Map.entry("catalogue_values_code_unique", StoreConflict.CATALOGUE_CODE_TAKEN),
          Map.entry("service_feedback_request_unique", StoreConflict.FEEDBACK_GIVEN),
          Map.entry("interests_pending_unique", StoreConflict.INTEREST_PENDING),
          Map.entry("blocks_pair_unique", StoreConflict.BLOCKED_ALREADY));

  private UniqueViolations() {}

  /** Runs a write, turning the violation of a known unique constraint into a conflict. */
  static <T> T guard(Supplier<T> write) {
    try {
      return write.get();
    } catch (UnableToExecuteStatementException e) {
      throw taken(e).<RuntimeException>map(StoreConflict::conflict).orElse(e);
    }
  }

  private static Optional<StoreConflict> taken(UnableToExecuteStatementException e) {
    if (e.getCause() instanceof PSQLException cause
        && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
      return Optional.ofNullable(cause.getServerErrorMessage())
          .map(ServerErrorMessage::getConstraint)
          .map(BY_CONSTRAINT::get);
    }
    return Optional.empty();
  }
}

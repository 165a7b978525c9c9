package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalUuid;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.RequestDetails;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * A service request as a row of {@code service_requests} and back: its state in {@code status}, and
 * the columns only that state fills.
 */
final class ServiceRequestRows {
  static final String COLUMNS =
      "id, customer_id, service_kind, description, requested_date, vehicle_id, opened_at, status,"
          + " waiting_reason, mechanic_id, scheduled_at, started_at, completed_at, invoice_id,"
          + " cancelled_by, cancelled_at, version";

  static final RowMapper<ServiceRequest> REQUESTS = (rs, ctx) -> map(rs);

  private ServiceRequestRows() {}

  private static ServiceRequest map(ResultSet rs) throws SQLException {
    RequestDetails details =
        new RequestDetails(
            new ServiceRequestId(uuid(rs, "id")),
            new UserId(uuid(rs, "customer_id")),
            new ServiceKindCode(rs.getString("service_kind")),
            rs.getString("description"),
            rs.getObject("requested_date", LocalDate.class),
            optionalUuid(rs, "vehicle_id").map(VehicleId::new),
            instant(rs, "opened_at"));
    long version = rs.getLong("version");
    return switch (rs.getString("status")) {
      case "pending" ->
          new ServiceRequest.Pending(details, version, rs.getString("waiting_reason"));
      case "scheduled" ->
          new ServiceRequest.Scheduled(details, version, mechanic(rs), instant(rs, "scheduled_at"));
      case "in_progress" ->
          new ServiceRequest.InProgress(details, version, mechanic(rs), instant(rs, "started_at"));
      case "completed" ->
          new ServiceRequest.Completed(
              details,
              version,
              mechanic(rs),
              instant(rs, "started_at"),
              instant(rs, "completed_at"),
              new InvoiceId(uuid(rs, "invoice_id")));
      case "cancelled" ->
          new ServiceRequest.Cancelled(
              details,
              version,
              optionalUuid(rs, "mechanic_id").map(MechanicId::new),
              new UserId(uuid(rs, "cancelled_by")),
              instant(rs, "cancelled_at"));
      default -> throw new SQLException("Unknown service request status " + rs.getString("status"));
    };
  }

  private static MechanicId mechanic(ResultSet rs) throws SQLException {
    return new MechanicId(uuid(rs, "mechanic_id"));
  }

  /** The insert of a new request in any state. */
  static Update insert(Handle h, ServiceRequest request) {
    RequestDetails details = request.details();
    return bindState(
            h.createUpdate(
                """
                insert into service_requests (id, customer_id, service_kind, description,
                  requested_date, vehicle_id, opened_at, status, waiting_reason, mechanic_id,
                  scheduled_at, started_at, completed_at, invoice_id, cancelled_by, cancelled_at,
                  version)
                values (:id, :customer, :kind, :description, :date, :vehicle, :openedAt, :status,
                  :reason, :mechanic, :scheduledAt, :startedAt, :completedAt, :invoice,
                  :cancelledBy, :cancelledAt, :version)"""),
            request)
        .bind("customer", details.customer().value())
        .bind("kind", details.kind().value())
        .bindByType("vehicle", details.vehicle().map(VehicleId::value).orElse(null), UUID.class)
        .bind("openedAt", details.openedAt());
  }

  /**
   * Binds what a change may write (the columns of the state, the description and date a revision
   * changes) and the id and version the request was read at.
   */
  static <S extends SqlStatement<S>> S bindState(S statement, ServiceRequest request) {
    String reason = null;
    Instant scheduledAt = null;
    Instant startedAt = null;
    Instant completedAt = null;
    UUID invoice = null;
    UUID cancelledBy = null;
    Instant cancelledAt = null;
    switch (request) {
      case ServiceRequest.Pending pending -> reason = pending.waitingReason();
      case ServiceRequest.Scheduled scheduled -> scheduledAt = scheduled.scheduledAt();
      case ServiceRequest.InProgress started -> startedAt = started.startedAt();
      case ServiceRequest.Completed completed -> {
        startedAt = completed.startedAt();
        completedAt = completed.completedAt();
        invoice = completed.invoice().value();
      }
      case ServiceRequest.Cancelled cancelled -> {
        cancelledBy = cancelled.cancelledBy().value();
        cancelledAt = cancelled.cancelledAt();
      }
    }
    return statement
        .bind("id", request.id().value())
        .bind("version", request.version())
        .bind("description", request.details().description())
        .bind("date", request.details().requestedDate())
        .bind("status", request.status())
        .bindByType("reason", reason, String.class)
        .bindByType("mechanic", request.mechanic().map(MechanicId::value).orElse(null), UUID.class)
        .bindByType("scheduledAt", scheduledAt, Instant.class)
        .bindByType("startedAt", startedAt, Instant.class)
        .bindByType("completedAt", completedAt, Instant.class)
        .bindByType("invoice", invoice, UUID.class)
        .bindByType("cancelledBy", cancelledBy, UUID.class)
        .bindByType("cancelledAt", cancelledAt, Instant.class);
  }
}

package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A trade as a row of {@code trades} and back: its state in {@code status}, the columns only a
 * closed or cancelled trade fills, and a closed trade's handover.
 */
final class TradeMapper implements RowMapper<Trade> {
  /** The columns of {@code trades t}, each aliased with a {@code t_} prefix. */
  static final String COLUMNS =
      "t.id t_id, t.vehicle_id t_vehicle_id, t.owner_id t_owner_id, t.service_id t_service_id,"
          + " t.status t_status, t.opened_at t_opened_at, t.accepted_proposal_id t_accepted,"
          + " t.buyer_id t_buyer_id, t.ended_at t_ended_at, t.version t_version,"
          + " t.handover t_handover, t.handed_over_at t_handed_over_at,"
          + " t.handed_over_by t_handed_over_by";

  @Override
  public Trade map(ResultSet rs, StatementContext ctx) throws SQLException {
    TradeId id = new TradeId(uuid(rs, "t_id"));
    VehicleId vehicle = new VehicleId(uuid(rs, "t_vehicle_id"));
    UserId owner = new UserId(uuid(rs, "t_owner_id"));
    ServiceId service = new ServiceId(uuid(rs, "t_service_id"));
    Instant openedAt = instant(rs, "t_opened_at");
    long version = rs.getLong("t_version");
    return switch (rs.getString("t_status")) {
      case "open" -> new Trade.Open(id, vehicle, owner, service, openedAt, version);
      case "closed" ->
          new Trade.Closed(
              id,
              vehicle,
              owner,
              service,
              openedAt,
              version,
              new ProposalId(uuid(rs, "t_accepted")),
              new UserId(uuid(rs, "t_buyer_id")),
              instant(rs, "t_ended_at"),
              handover(rs));
      case "cancelled" ->
          new Trade.Cancelled(
              id, vehicle, owner, service, openedAt, version, instant(rs, "t_ended_at"));
      default -> throw new SQLException("Unknown trade status " + rs.getString("t_status"));
    };
  }

  private static Handover handover(ResultSet rs) throws SQLException {
    return switch (rs.getString("t_handover")) {
      case "none" -> new Handover.None();
      case "pending" -> new Handover.Pending();
      case "done" ->
          new Handover.Done(
              new UserId(uuid(rs, "t_handed_over_by")), instant(rs, "t_handed_over_at"));
      default -> throw new SQLException("Unknown handover " + rs.getString("t_handover"));
    };
  }

  /**
   * Binds the state columns of {@code trade}: its status, what only an ended trade has, and what
   * only a closed one owes.
   */
  static <S extends SqlStatement<S>> S bindState(S statement, Trade trade) {
    UUID accepted = null;
    UUID buyer = null;
    Instant endedAt = null;
    Handover handover = null;
    switch (trade) {
      case Trade.Open open -> {}
      case Trade.Closed closed -> {
        accepted = closed.acceptedProposal().value();
        buyer = closed.buyer().value();
        endedAt = closed.closedAt();
        handover = closed.handover();
      }
      case Trade.Cancelled cancelled -> endedAt = cancelled.cancelledAt();
    }
    Handover.Done done = handover instanceof Handover.Done d ? d : null;
    return statement
        .bind("status", trade.status())
        .bindByType("accepted", accepted, UUID.class)
        .bindByType("buyer", buyer, UUID.class)
        .bindByType("endedAt", endedAt, Instant.class)
        .bindByType("handover", handover == null ? null : handover.status(), String.class)
        .bindByType("handedOverAt", done == null ? null : done.at(), Instant.class)
        .bindByType("handedOverBy", done == null ? null : done.by().value(), UUID.class);
  }
}

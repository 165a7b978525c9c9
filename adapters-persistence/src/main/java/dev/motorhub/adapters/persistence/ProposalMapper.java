package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalUuid;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Offer;
import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A proposal as a row of {@code proposals} and back: the offer in its own columns, the state in
 * {@code status} with what each state adds (who accepted, the counter, the reason, when).
 */
final class ProposalMapper implements RowMapper<Proposal> {
  static final String COLUMNS =
      "id, trade_id, author_id, addressee_id, counter_to, amount, down_payment, currency,"
          + " term_days, payment_frequency, note, created_at, expires_at, status, accepted_by,"
          + " counter_id, closed_reason, answered_at";

  @Override
  public Proposal map(ResultSet rs, StatementContext ctx) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency"));
    Offer offer =
        new Offer(
            new ProposalId(uuid(rs, "id")),
            new TradeId(uuid(rs, "trade_id")),
            new UserId(uuid(rs, "author_id")),
            optionalUuid(rs, "addressee_id").map(UserId::new),
            optionalUuid(rs, "counter_to").map(ProposalId::new),
            new ProposalTerms(
                new Money(rs.getBigDecimal("amount"), currency),
                new Money(rs.getBigDecimal("down_payment"), currency),
                rs.getInt("term_days"),
                PaymentFrequency.parse(rs.getString("payment_frequency"), "payment_frequency")),
            rs.getString("note"),
            instant(rs, "created_at"),
            instant(rs, "expires_at"));
    return switch (rs.getString("status")) {
      case "pending" -> new Proposal.Pending(offer);
      case "accepted" ->
          new Proposal.Accepted(
              offer, new UserId(uuid(rs, "accepted_by")), instant(rs, "answered_at"));
      case "declined" -> new Proposal.Declined(offer, instant(rs, "answered_at"));
      case "countered" ->
          new Proposal.Countered(
              offer, new ProposalId(uuid(rs, "counter_id")), instant(rs, "answered_at"));
      case "cancelled" -> new Proposal.Withdrawn(offer, instant(rs, "answered_at"));
      case "closed" ->
          new Proposal.Closed(offer, rs.getString("closed_reason"), instant(rs, "answered_at"));
      case "expired" -> new Proposal.Expired(offer, instant(rs, "answered_at"));
      default -> throw new SQLException("Unknown proposal status " + rs.getString("status"));
    };
  }

  /** Binds the state columns of {@code proposal}. */
  static <S extends SqlStatement<S>> S bindState(S statement, Proposal proposal) {
    UUID acceptedBy = null;
    UUID counter = null;
    String reason = null;
    Instant answeredAt =
        switch (proposal) {
          case Proposal.Pending pending -> null;
          case Proposal.Accepted accepted -> {
            acceptedBy = accepted.acceptedBy().value();
            yield accepted.acceptedAt();
          }
          case Proposal.Declined declined -> declined.declinedAt();
          case Proposal.Countered countered -> {
            counter = countered.counter().value();
            yield countered.counteredAt();
          }
          case Proposal.Withdrawn withdrawn -> withdrawn.withdrawnAt();
          case Proposal.Closed closed -> {
            reason = closed.reason();
            yield closed.closedAt();
          }
          case Proposal.Expired expired -> expired.expiredAt();
        };
    return statement
        .bind("id", proposal.id().value())
        // Asked at its creation, a state is itself: a pending proposal reads pending, not expired
        // (the expiry job stores that as a state of its own).
        .bind("status", proposal.status(proposal.offer().createdAt()))
        .bindByType("acceptedBy", acceptedBy, UUID.class)
        .bindByType("counter", counter, UUID.class)
        .bindByType("reason", reason, String.class)
        .bindByType("answeredAt", answeredAt, Instant.class);
  }
}

package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalInstant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.matching.InterestFilter;
import dev.motorhub.application.matching.InterestRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Interests in {@code interests}; the partial index {@code interests_pending_unique} keeps one
 * pending interest a buyer and trade, so that of two sent at once the second is a conflict.
 */
final class JdbiInterestRepository implements InterestRepository {
  private static final String SELECT =
      "select id, trade_id, buyer_id, seller_id, message, status, sent_at, answered_at"
          + " from interests";

  private static final RowMapper<Interest> INTERESTS =
      (rs, ctx) ->
          new Interest(
              new InterestId(uuid(rs, "id")),
              new TradeId(uuid(rs, "trade_id")),
              new UserId(uuid(rs, "buyer_id")),
              new UserId(uuid(rs, "seller_id")),
              rs.getString("message"),
              InterestStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
              instant(rs, "sent_at"),
              optionalInstant(rs, "answered_at"));

  private static final KeysetPages<Interest> PAGES =
      new KeysetPages<>(SELECT, "id", INTERESTS, i -> i.id().value());

  private final JdbiTransactions tx;

  JdbiInterestRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Interest interest) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            """
                            insert into interests (id, trade_id, buyer_id, seller_id, message,
                              status, sent_at, answered_at)
                            values (:id, :trade, :buyer, :seller, :message, :status, :sentAt,
                              :answeredAt)""")
                        .bind("id", interest.id().value())
                        .bind("trade", interest.trade().value())
                        .bind("buyer", interest.buyer().value())
                        .bind("seller", interest.seller().value())
                        .bind("message", interest.message())
                        .bind("status", interest.status().wire())
                        .bind("sentAt", interest.sentAt())
                        .bindByType("answeredAt", interest.answeredAt().orElse(null), Instant.class)
                        .execute()));
  }

  @Override
  public void update(Interest interest) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    "update interests set status = :status, answered_at = :answeredAt"
                        + " where id = :id")
                .bind("id", interest.id().value())
                .bind("status", interest.status().wire())
                .bindByType("answeredAt", interest.answeredAt().orElse(null), Instant.class)
                .execute());
  }

  @Override
  public Optional<Interest> findById(InterestId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), INTERESTS);
  }

  @Override
  public boolean exists(TradeId trade, UserId buyer, InterestStatus status) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select exists (select 1 from interests where trade_id = :trade"
                        + " and buyer_id = :buyer and status = :status)")
                .bind("trade", trade.value())
                .bind("buyer", buyer.value())
                .bind("status", status.wire())
                .mapTo(Boolean.class)
                .one());
  }

  /** Read through {@code interests_pending_unique}, whose rows are the pending ones. */
  @Override
  public List<Interest> pendingIn(TradeId trade) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where trade_id = :trade and status = 'pending'")
                .bind("trade", trade.value())
                .map(INTERESTS)
                .list());
  }

  @Override
  public int countSentSince(UserId buyer, Instant since) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select count(*) from interests where buyer_id = :buyer and sent_at >= :since")
                .bind("buyer", buyer.value())
                .bind("since", since)
                .mapTo(Integer.class)
                .one());
  }

  /** The buyer's account row, locked without blocking the rows that refer to it. */
  @Override
  public void lockSender(UserId buyer) {
    tx.withHandle(
        h ->
            h.createQuery("select id from users where id = :buyer for no key update")
                .bind("buyer", buyer.value())
                .mapTo(UUID.class)
                .findOne());
  }

  @Override
  public Page<Interest> list(InterestFilter filter, PageRequest page) {
    Optional<UUID> party = Optional.of(filter.party().value());
    Conditions where = new Conditions();
    if (filter.sent() == filter.received()) {
      where.add("(buyer_id = :party or seller_id = :party)", "party", party);
    } else {
      where.add((filter.sent() ? "buyer_id" : "seller_id") + " = :party", "party", party);
    }
    where.add("status = :status", "status", filter.status().map(InterestStatus::wire));
    return PAGES.page(tx, where, page, true);
  }
}

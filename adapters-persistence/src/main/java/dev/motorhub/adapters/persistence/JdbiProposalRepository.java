package dev.motorhub.adapters.persistence;

import dev.motorhub.application.marketplace.ProposalRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Offer;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Proposals in {@code proposals}: the offer written once, the state on every change. */
final class JdbiProposalRepository implements ProposalRepository {
  private static final ProposalMapper PROPOSALS = new ProposalMapper();
  private static final String SELECT = "select " + ProposalMapper.COLUMNS + " from proposals";

  private final JdbiTransactions tx;

  JdbiProposalRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Proposal.Pending proposal) {
    Offer offer = proposal.offer();
    tx.withHandle(
        h ->
            ProposalMapper.bindState(
                    h.createUpdate(
                        """
                        insert into proposals (id, trade_id, author_id, addressee_id, counter_to,
                          amount, down_payment, currency, term_days, payment_frequency, note,
                          created_at, expires_at, status, accepted_by, counter_id, closed_reason,
                          answered_at)
                        values (:id, :trade, :author, :addressee, :counterTo, :amount,
                          :downPayment, :currency, :termDays, :frequency, :note, :createdAt,
                          :expiresAt, :status, :acceptedBy, :counter, :reason, :answeredAt)"""),
                    proposal)
                .bind("trade", offer.trade().value())
                .bind("author", offer.author().value())
                .bindByType(
                    "addressee", offer.addressee().map(UserId::value).orElse(null), UUID.class)
                .bindByType(
                    "counterTo", offer.counterTo().map(ProposalId::value).orElse(null), UUID.class)
                .bind("amount", offer.terms().amount().amount())
                .bind("downPayment", offer.terms().downPayment().amount())
                .bind("currency", offer.terms().amount().currency().getCurrencyCode())
                .bind("termDays", offer.terms().termDays())
                .bind("frequency", offer.terms().frequency().wire())
                .bind("note", offer.note())
                .bind("createdAt", offer.createdAt())
                .bind("expiresAt", offer.expiresAt())
                .execute());
  }

  @Override
  public void update(Proposal proposal) {
    tx.withHandle(
        h ->
            ProposalMapper.bindState(
                    h.createUpdate(
                        """
                        update proposals set status = :status, accepted_by = :acceptedBy,
                          counter_id = :counter, closed_reason = :reason,
                          answered_at = :answeredAt
                        where id = :id"""),
                    proposal)
                .execute());
  }

  @Override
  public Optional<Proposal> findById(ProposalId id) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where id = :id")
                .bind("id", id.value())
                .map(PROPOSALS)
                .findOne());
  }

  @Override
  public List<Proposal> listByTrade(TradeId trade) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where trade_id = :trade order by id")
                .bind("trade", trade.value())
                .map(PROPOSALS)
                .list());
  }

  @Override
  public List<Proposal.Pending> claimExpired(Instant now, int limit) {
    return tx.withHandle(
        h ->
            h
                .createQuery(
                    SELECT
                        + " where status = 'pending' and expires_at <= :now"
                        + " order by expires_at, id limit :limit for update skip locked")
                .bind("now", now)
                .bind("limit", limit)
                .map(PROPOSALS)
                .list()
                .stream()
                .map(Proposal.Pending.class::cast)
                .toList());
  }
}

package dev.motorhub.application.marketplace;

import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The proposals made on trades; each belongs to one trade for good. */
public interface ProposalRepository {
  void add(Proposal.Pending proposal);

  /** Stores the proposal's new state. */
  void update(Proposal proposal);

  Optional<Proposal> findById(ProposalId id);

  /** Every proposal on the trade, oldest first. */
  List<Proposal> listByTrade(TradeId trade);

  /**
   * Up to {@code limit} proposals still pending though past their time at {@code now}, the longest
   * expired first, each locked until the end of the unit of work; those another unit of work holds
   * are skipped, so two instances sweeping at once take different proposals.
   */
  List<Proposal.Pending> claimExpired(Instant now, int limit);
}

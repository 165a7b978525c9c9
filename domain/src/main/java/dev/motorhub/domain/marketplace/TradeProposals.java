package dev.motorhub.domain.marketplace;

import java.time.Instant;
import java.util.List;

/** The proposals of one trade as its transitions see them: its own, and those left pending. */
final class TradeProposals {
  private TradeProposals() {}

  /** Refuses a proposal made on another trade than {@code trade}. */
  static void requireOn(TradeId trade, Proposal proposal) {
    if (!proposal.offer().trade().equals(trade)) {
      throw new IllegalArgumentException("The proposal belongs to another trade");
    }
  }

  /**
   * Closes every pending proposal of {@code trade} but {@code except} (if any) for the reason. One
   * already past its time is left pending: it reads expired, and the job that stores expiry ends it
   * as expired, so its status does not change from expired to closed.
   */
  static List<Proposal.Closed> closeAllBut(
      TradeId trade, List<Proposal> proposals, ProposalId except, String reason, Instant now) {
    proposals.forEach(p -> requireOn(trade, p));
    return proposals.stream()
        .filter(p -> !p.id().equals(except))
        .filter(Proposal.Pending.class::isInstance)
        .map(Proposal.Pending.class::cast)
        .filter(p -> !p.isExpired(now))
        .map(p -> p.close(reason, now))
        .toList();
  }
}

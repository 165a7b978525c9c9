package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;

/**
 * Loads what a proposal use case acts on, inside its unit of work: the trade locked first, so the
 * changes to one trade happen one at a time; things the caller may not see are not found; a trade
 * or proposal past acting on is refused with the reason.
 */
public final class Negotiations {
  private final TradeRepository trades;
  private final ProposalRepository proposals;
  private final MarketplacePolicy policy;

  public Negotiations(
      TradeRepository trades, ProposalRepository proposals, MarketplacePolicy policy) {
    this.trades = trades;
    this.proposals = proposals;
    this.policy = policy;
  }

  /** A pending proposal on an open trade. */
  record Pending(Trade.Open trade, Proposal.Pending proposal) {}

  /** The trade, locked and open. */
  Trade.Open openTrade(Principal principal, TradeId id) {
    Trade trade =
        trades
            .lock(id)
            .filter(t -> policy.maySee(principal.actor(), t))
            .orElseThrow(() -> new NotFound("Trade"));
    return switch (trade) {
      case Trade.Open open -> open;
      default -> throw new RuleViolated("This trade is " + trade.status() + ".");
    };
  }

  /** The proposal, pending, and its trade, locked and open. */
  Pending pending(Principal principal, ProposalId id, Instant now) {
    Proposal found = proposals.findById(id).orElseThrow(() -> new NotFound("Proposal"));
    Trade trade =
        trades
            .lock(found.offer().trade())
            .filter(t -> policy.maySee(principal.actor(), found, t))
            .orElseThrow(() -> new NotFound("Proposal"));
    // Read again under the trade's lock: the proposal may have changed while we waited for it.
    Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFound("Proposal"));
    if (!(trade instanceof Trade.Open open)) {
      throw new RuleViolated("This trade is " + trade.status() + ".");
    }
    return switch (proposal) {
      case Proposal.Pending pending -> new Pending(open, pending);
      default -> throw new RuleViolated("This proposal is " + proposal.status(now) + ".");
    };
  }
}

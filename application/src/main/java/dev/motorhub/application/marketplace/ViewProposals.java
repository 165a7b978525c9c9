package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;

/**
 * Reads proposals: the trade's owner and staff see them all; a buyer sees the open offers and the
 * proposals they made or were made to them.
 */
public final class ViewProposals {
  private final Transactions tx;
  private final TradeRepository trades;
  private final ProposalRepository proposals;
  private final MarketplacePolicy policy;

  public ViewProposals(
      Transactions tx,
      TradeRepository trades,
      ProposalRepository proposals,
      MarketplacePolicy policy) {
    this.tx = tx;
    this.trades = trades;
    this.proposals = proposals;
    this.policy = policy;
  }

  public Proposal get(Principal principal, ProposalId id) {
    return tx.read(
        () -> {
          Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFound("Proposal"));
          return trades
              .findById(proposal.offer().trade())
              .filter(trade -> policy.maySee(principal.actor(), proposal, trade))
              .map(trade -> proposal)
              .orElseThrow(() -> new NotFound("Proposal"));
        });
  }

  /**
   * One page of the proposals on the trade that the caller may see, oldest first. A trade's
   * proposals are few, so they are read whole and the page is cut from those the caller sees.
   */
  public Page<Proposal> onTrade(Principal principal, TradeId id, PageRequest page) {
    return tx.read(
        () -> {
          Trade trade =
              trades
                  .findById(id)
                  .filter(t -> policy.maySee(principal.actor(), t))
                  .orElseThrow(() -> new NotFound("Trade"));
          List<Proposal> after =
              proposals.listByTrade(trade.id()).stream()
                  .filter(p -> policy.maySee(principal.actor(), p, trade))
                  .filter(p -> page.after().map(a -> p.id().value().compareTo(a) > 0).orElse(true))
                  .limit(page.limit() + 1L)
                  .toList();
          return Page.fromFetched(after, page.limit(), p -> p.id().value());
        });
  }
}

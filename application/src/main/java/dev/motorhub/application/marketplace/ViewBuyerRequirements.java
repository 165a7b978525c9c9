package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;

/** What a trade asks of buyers, for everyone who may see the trade (buyers need to know it). */
public final class ViewBuyerRequirements {
  private final Transactions tx;
  private final TradeRepository trades;
  private final BuyerRequirementRepository requirements;
  private final MarketplacePolicy policy;

  public ViewBuyerRequirements(
      Transactions tx,
      TradeRepository trades,
      BuyerRequirementRepository requirements,
      MarketplacePolicy policy) {
    this.tx = tx;
    this.trades = trades;
    this.requirements = requirements;
    this.policy = policy;
  }

  public BuyerRequirements get(Principal principal, TradeId id) {
    return tx.read(
        () -> {
          var trade =
              trades
                  .findById(id)
                  .filter(t -> policy.maySee(principal.actor(), t))
                  .orElseThrow(() -> new NotFound("Trade"));
          return requirements.of(trade.id());
        });
  }
}

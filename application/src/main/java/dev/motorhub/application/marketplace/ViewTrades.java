package dev.motorhub.application.marketplace;

import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Map;

/**
 * Reads trades: every signed-in user browses and filters the open ones; closed and cancelled ones
 * are for their owner (and buyer) and staff. Each shows what its owner asks of buyers.
 */
public final class ViewTrades {
  private final Transactions tx;
  private final TradeRepository trades;
  private final VehicleRepository vehicles;
  private final ServiceRepository services;
  private final BuyerRequirementRepository requirements;
  private final MarketplacePolicy policy;

  public ViewTrades(
      Transactions tx,
      TradeRepository trades,
      VehicleRepository vehicles,
      ServiceRepository services,
      BuyerRequirementRepository requirements,
      MarketplacePolicy policy) {
    this.tx = tx;
    this.trades = trades;
    this.vehicles = vehicles;
    this.services = services;
    this.requirements = requirements;
    this.policy = policy;
  }

  public TradeListing get(Principal principal, TradeId id) {
    return tx.read(
        () -> {
          Trade trade =
              trades
                  .findById(id)
                  .filter(t -> policy.maySee(principal.actor(), t))
                  .orElseThrow(() -> new NotFound("Trade"));
          return new TradeListing(
              trade,
              vehicles.findById(trade.vehicle()).orElseThrow(() -> new NotFound("Vehicle")),
              services.findById(trade.service()).orElseThrow(() -> new NotFound("Service")),
              requirements.of(trade.id()));
        });
  }

  /**
   * The trades that match. A customer asking for other than open trades gets those they own or
   * bought, the only ones theirs to see; asking for another owner's is forbidden.
   */
  public Page<TradeListing> search(Principal principal, TradeFilter filter, PageRequest page) {
    Actor actor = principal.actor();
    boolean onlyOpen = filter.status().filter("open"::equals).isPresent();
    TradeFilter allowed = filter;
    if (!onlyOpen && !policy.mayListEveryTrade(actor)) {
      AccessPolicy.require(
          filter.owner().map(actor::is).orElse(true),
          "Only staff list other owners' closed and cancelled trades.");
      allowed = filter.ofParty(actor.id());
    }
    TradeFilter query = allowed;
    return tx.read(
        () -> {
          Page<TradeListing> found = trades.search(query, page);
          Map<TradeId, BuyerRequirements> asked =
              requirements.ofTrades(found.items().stream().map(l -> l.trade().id()).toList());
          return found.map(l -> l.asking(asked.get(l.trade().id())));
        });
  }
}

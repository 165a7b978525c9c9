package dev.motorhub.application.memory;

import dev.motorhub.application.marketplace.BuyerRequirementRepository;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What trades ask of buyers, in memory, under the trade's id. */
final class InMemoryBuyerRequirementRepository implements BuyerRequirementRepository {
  private final Table<UUID, BuyerRequirements> requirements;

  InMemoryBuyerRequirementRepository(Table<UUID, BuyerRequirements> requirements) {
    this.requirements = requirements;
  }

  @Override
  public BuyerRequirements of(TradeId trade) {
    return requirements.get(trade.value()).orElse(BuyerRequirements.NONE);
  }

  @Override
  public Map<TradeId, BuyerRequirements> ofTrades(Collection<TradeId> trades) {
    Map<TradeId, BuyerRequirements> asked = new HashMap<>();
    trades.forEach(t -> asked.put(t, of(t)));
    return asked;
  }

  @Override
  public void put(TradeId trade, BuyerRequirements asked, Instant at) {
    requirements.put(trade.value(), asked);
  }
}

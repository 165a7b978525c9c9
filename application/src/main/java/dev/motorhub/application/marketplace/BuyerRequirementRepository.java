package dev.motorhub.application.marketplace;

import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** What the owners of trades ask of buyers; a trade whose owner said nothing asks nothing. */
public interface BuyerRequirementRepository {
  /** The trade's requirements: {@link BuyerRequirements#NONE} when none were set. */
  BuyerRequirements of(TradeId trade);

  /** The requirements of each of {@code trades} (every one of them a key), in one lookup. */
  Map<TradeId, BuyerRequirements> ofTrades(Collection<TradeId> trades);

  /** Sets the trade's requirements, replacing those it had. */
  void put(TradeId trade, BuyerRequirements requirements, Instant at);
}

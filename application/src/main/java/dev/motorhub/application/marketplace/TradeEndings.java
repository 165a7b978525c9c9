package dev.motorhub.application.marketplace;

import dev.motorhub.domain.marketplace.TradeId;
import java.time.Instant;

/**
 * What other contexts end with a trade: told in the unit of work that closes or cancels it, so that
 * the trade and what hangs on it end together or not at all.
 */
public interface TradeEndings {
  void ended(TradeId trade, Instant at);
}

package dev.motorhub.application.marketplace;

import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** The trades of the marketplace. A vehicle has at most one open trade. */
public interface TradeRepository {
  /** Stores a new trade; a vehicle with an open trade already is a {@code Conflict}. */
  void add(Trade.Open trade);

  /**
   * Stores the trade's new state and returns it with its next version; a change made on a stale
   * copy is a {@code Conflict}.
   */
  Trade update(Trade trade);

  Optional<Trade> findById(TradeId id);

  /**
   * The trade, locked until the end of the unit of work: every change to a trade and its proposals
   * takes this lock first, so they happen one at a time.
   */
  Optional<Trade> lock(TradeId id);

  /** The trades that match, with their vehicles and services, in id order. */
  Page<TradeListing> search(TradeFilter filter, PageRequest page);
}

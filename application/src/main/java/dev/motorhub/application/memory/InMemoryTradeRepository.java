package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.marketplace.TradeFilter;
import dev.motorhub.application.marketplace.TradeListing;
import dev.motorhub.application.marketplace.TradeRepository;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Trades in memory. The store's single lock already runs units of work one at a time, so locking a
 * trade only reads it.
 */
final class InMemoryTradeRepository implements TradeRepository {
  private final Table<UUID, Trade> trades;
  private final Table<UUID, Vehicle> vehicles;
  private final Table<UUID, ServiceOffering> services;

  InMemoryTradeRepository(
      Table<UUID, Trade> trades,
      Table<UUID, Vehicle> vehicles,
      Table<UUID, ServiceOffering> services) {
    this.trades = trades;
    this.vehicles = vehicles;
    this.services = services;
  }

  @Override
  public void add(Trade.Open trade) {
    vehicles.get(trade.vehicle().value()).orElseThrow(() -> new NotFound("Vehicle"));
    services.get(trade.service().value()).orElseThrow(() -> new NotFound("Service"));
    if (!trades
        .where(t -> t instanceof Trade.Open && t.vehicle().equals(trade.vehicle()))
        .isEmpty()) {
      throw StoreConflict.VEHICLE_ON_MARKET.conflict();
    }
    trades.put(trade.id().value(), trade);
  }

  @Override
  public Trade update(Trade trade) {
    Trade stored = trades.get(trade.id().value()).orElseThrow(() -> new NotFound("Trade"));
    if (stored.version() != trade.version()) {
      throw StoreConflict.STALE_TRADE.conflict();
    }
    Trade next = trade.nextVersion();
    trades.put(trade.id().value(), next);
    return next;
  }

  @Override
  public Optional<Trade> findById(TradeId id) {
    return trades.get(id.value());
  }

  @Override
  public Optional<Trade> lock(TradeId id) {
    return findById(id);
  }

  @Override
  public Page<TradeListing> search(TradeFilter filter, PageRequest page) {
    return Page.fromFetched(
        trades.whereAfter(page.after(), t -> true, Integer.MAX_VALUE).stream()
            .map(this::listing)
            .filter(listing -> matches(listing, filter))
            .limit(page.limit() + 1L)
            .toList(),
        page.limit(),
        listing -> listing.trade().id().value());
  }

  private TradeListing listing(Trade trade) {
    return new TradeListing(
        trade,
        vehicles.get(trade.vehicle().value()).orElseThrow(),
        services.get(trade.service().value()).orElseThrow());
  }

  private static boolean matches(TradeListing listing, TradeFilter filter) {
    Trade trade = listing.trade();
    var vehicle = listing.vehicle().details();
    return filter.status().map(trade.status()::equals).orElse(true)
        && filter.owner().map(trade.owner()::equals).orElse(true)
        && filter.service().map(trade.service()::equals).orElse(true)
        && filter.kind().map(listing.service().kind()::equals).orElse(true)
        && InMemoryUserRepository.contains(filter.brand(), vehicle.brand())
        && InMemoryUserRepository.contains(filter.model(), vehicle.model())
        && filter.yearFrom().map(from -> vehicle.year() >= from).orElse(true)
        && filter.yearTo().map(to -> vehicle.year() <= to).orElse(true)
        && filter.party().map(party -> isParty(trade, party)).orElse(true);
  }

  private static boolean isParty(Trade trade, UserId user) {
    return trade.owner().equals(user)
        || trade instanceof Trade.Closed closed && closed.buyer().equals(user);
  }
}

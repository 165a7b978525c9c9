package dev.motorhub.application.memory;

import dev.motorhub.application.matching.SearchesFitting;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every active search of others as worth scoring against a trade: memory is small, so the hard
 * filters are all left to the scoring. A trade's subject is read as {@link InMemoryMatchCandidates}
 * reads it.
 */
final class InMemorySearchesFitting implements SearchesFitting {
  private final Table<UUID, Trade> trades;
  private final Table<UUID, Preference> preferences;
  private final InMemoryMatchCandidates candidates;

  InMemorySearchesFitting(
      Table<UUID, Trade> trades,
      Table<UUID, Preference> preferences,
      InMemoryMatchCandidates candidates) {
    this.trades = trades;
    this.preferences = preferences;
    this.candidates = candidates;
  }

  @Override
  public Optional<MatchSubject> subjectOf(TradeId trade) {
    return trades
        .get(trade.value())
        .filter(Trade.Open.class::isInstance)
        .map(t -> candidates.subject((Trade.Open) t));
  }

  @Override
  public Optional<MatchSubject> subjectOfVehicle(VehicleId vehicle) {
    return trades.where(t -> t instanceof Trade.Open && t.vehicle().equals(vehicle)).stream()
        .findFirst()
        .map(t -> candidates.subject((Trade.Open) t));
  }

  @Override
  public List<Preference> forTrade(MatchSubject subject) {
    return preferences.where(p -> !p.paused() && !p.owner().equals(subject.trade().owner()));
  }
}

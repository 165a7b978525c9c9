package dev.motorhub.application.memory;

import dev.motorhub.application.matching.MatchCandidates;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every open trade of others as a candidate, with its vehicle, its service's kind and its owner's
 * latest open offer: memory is small, so the hard filters are all left to the scoring.
 */
final class InMemoryMatchCandidates implements MatchCandidates {
  private final Table<UUID, Trade> trades;
  private final Table<UUID, Vehicle> vehicles;
  private final Table<UUID, ServiceOffering> services;
  private final Table<UUID, Proposal> proposals;

  InMemoryMatchCandidates(
      Table<UUID, Trade> trades,
      Table<UUID, Vehicle> vehicles,
      Table<UUID, ServiceOffering> services,
      Table<UUID, Proposal> proposals) {
    this.trades = trades;
    this.vehicles = vehicles;
    this.services = services;
    this.proposals = proposals;
  }

  @Override
  public List<MatchSubject> openFor(SearchCriteria criteria, UserId buyer) {
    return trades.where(t -> t instanceof Trade.Open && !t.owner().equals(buyer)).stream()
        .map(t -> subject((Trade.Open) t))
        .toList();
  }

  /** What scoring sees of {@code trade}. */
  MatchSubject subject(Trade.Open trade) {
    return MatchSubject.of(
        trade,
        services.get(trade.service().value()).orElseThrow().kind(),
        vehicles.get(trade.vehicle().value()).orElseThrow(),
        asking(trade));
  }

  /** The owner's latest pending offer to any buyer on {@code trade}: its asking terms. */
  private Optional<ProposalTerms> asking(Trade.Open trade) {
    return proposals
        .where(
            p ->
                p instanceof Proposal.Pending
                    && p.offer().trade().equals(trade.id())
                    && p.offer().author().equals(trade.owner())
                    && p.offer().addressee().isEmpty())
        .stream()
        .max(Comparator.comparing((Proposal p) -> p.offer().id().value()))
        .map(p -> p.offer().terms());
  }
}

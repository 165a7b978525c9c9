package dev.motorhub.application.memory;

import dev.motorhub.application.matching.MatchCandidates;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.Assessment;
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Every open trade of others as a candidate, with its vehicle, its service's kind and its owner's
 * latest open offer: memory is small, so the hard filters are all left to the scoring, and the best
 * of a search are every candidate scored by {@link MatchScoring}.
 */
final class InMemoryMatchCandidates implements MatchCandidates {
  private static final MatchScoring SCORING = new MatchScoring();

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

  @Override
  public List<Scored> bestOfAll(
      List<SearchCriteria> searches,
      UserId buyer,
      Set<UserId> hidden,
      int atLeast,
      Optional<After> after,
      int count) {
    return openFor(SearchCriteria.none(), buyer).stream()
        .filter(s -> !hidden.contains(s.trade().owner()))
        .flatMap(
            s ->
                searches.stream()
                    .flatMap(
                        criteria ->
                            SCORING.assess(criteria, s) instanceof Assessment.Scored scored
                                ? Stream.of(scored.score())
                                : Stream.empty())
                    .max(Integer::compare)
                    .map(score -> new Scored(s.trade().id(), score))
                    .stream())
        .filter(s -> s.score() >= atLeast)
        .filter(s -> after.map(a -> a.isBefore(s.score(), s.trade().value())).orElse(true))
        .sorted(BEST_FIRST)
        .limit(count)
        .toList();
  }

  @Override
  public List<MatchSubject> subjects(Collection<TradeId> ids) {
    return ids.stream()
        .distinct()
        .flatMap(id -> trades.get(id.value()).stream())
        .filter(t -> t instanceof Trade.Open)
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

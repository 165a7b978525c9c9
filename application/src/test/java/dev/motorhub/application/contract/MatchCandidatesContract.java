package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.MatchingFixtures.saleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code MatchCandidates} answers: each open trade of others that passes a search's
 * required criteria, with its vehicle, kind and the owner's latest open offer; never a closed or
 * cancelled trade, nor the buyer's own.
 */
public abstract class MatchCandidatesContract extends StoreContract {
  private User olive;
  private User bruno;
  private ServiceOffering sale;
  private ServiceOffering lease;
  private int plates;

  @BeforeEach
  void market() {
    MatchingFixtures.Market market = MatchingFixtures.market(store);
    olive = market.olive();
    bruno = market.bruno();
    sale = market.sale();
    lease = market.lease();
  }

  private Trade.Open open(User owner, ServiceOffering service, String brand, int year) {
    Vehicle car =
        GarageFixtures.vehicle(owner.id(), brand, "Corolla", year, "KAA " + (100 + plates++) + "A");
    Trade.Open trade = MarketFixtures.trade(car, service, Fixtures.at(plates));
    runTx(
        () -> {
          store.vehicles().add(car);
          store.trades().add(trade);
        });
    return trade;
  }

  private List<MatchSubject> candidates(SearchCriteria criteria, User buyer) {
    return inTx(() -> store.matchCandidates().openFor(criteria, buyer.id()));
  }

  @Test
  void everyOpenTradeThatPassesTheHardFilters_isACandidate_withTheOwnersLatestOffer() {
    Trade.Open corolla = open(olive, sale, "Toyota", 2019);
    Proposal.Pending first = MarketFixtures.offer(corolla, "9000.00", Fixtures.at(20));
    Proposal.Pending latest = MarketFixtures.offer(corolla, "8500.00", Fixtures.at(21));
    runTx(
        () -> {
          store.proposals().add(first);
          store.proposals().add(latest);
        });

    List<MatchSubject> found = candidates(saleOf("9000.00", "toyota"), bruno);

    assertThat(found).extracting(s -> s.trade().id()).containsExactly(corolla.id());
    MatchSubject subject = found.getFirst();
    assertThat(subject.price()).contains(Money.of("8500.00", "USD"));
    assertThat(subject.vehicle().details().brand()).isEqualTo("Toyota");
    assertThat(subject.kind()).isEqualTo(sale.kind());
  }

  @Test
  void aTradeWithNoOfferYet_isACandidate_withoutAPrice() {
    Trade.Open corolla = open(olive, sale, "Toyota", 2019);

    List<MatchSubject> found = candidates(saleOf("9000.00", "toyota"), bruno);

    assertThat(found).extracting(s -> s.trade().id()).containsExactly(corolla.id());
    assertThat(found.getFirst().price()).isEqualTo(Optional.empty());
  }

  @Test
  void theBuyersOwnTrades_andClosedOrCancelledOnes_areNeverCandidates() {
    open(bruno, sale, "Toyota", 2019);
    Trade.Open cancelled = open(olive, sale, "Toyota", 2020);
    runTx(() -> store.trades().update(MarketFixtures.cancelled(cancelled, Fixtures.at(30))));

    assertThat(candidates(SearchCriteria.none(), bruno)).isEmpty();
  }

  /** Three open trades of Olive's: a Toyota to lease, a Ford and a Toyota for sale (returned). */
  protected Trade.Open seedMarket() {
    open(olive, lease, "Toyota", 2019);
    open(olive, sale, "Ford", 2019);
    return open(olive, sale, "Toyota", 2018);
  }

  @Test
  void anyCandidate_passesTheRequiredCriteria() {
    Trade.Open fits = seedMarket();

    assertThat(candidates(saleOf("9000.00", "toyota"), bruno))
        .extracting(s -> s.trade().id())
        .contains(fits.id());
    assertThat(candidates(SearchCriteria.none(), bruno)).hasSize(3);
  }
}

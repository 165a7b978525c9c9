package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.Money;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code SearchesFitting} answers: an open trade's subject (with the owner's latest
 * offer), and for it every active search of others that passes its required criteria; never a
 * paused search, nor one of the trade's owner; a criterion that is only weighted leaves no search
 * out. Olive sells a Toyota Corolla of 2019 with 15,000 km, at 9000.00.
 */
public abstract class SearchesFittingContract extends StoreContract {
  protected User olive;
  protected User bruno;
  protected ServiceOffering sale;
  protected ServiceOffering lease;
  private int plates;

  @BeforeEach
  void market() {
    MatchingFixtures.Market market = MatchingFixtures.market(store);
    olive = market.olive();
    bruno = market.bruno();
    sale = market.sale();
    lease = market.lease();
  }

  /** Olive's Toyota Corolla of 2019 under {@code service}, offered at {@code price} if given. */
  protected Trade.Open corolla(ServiceOffering service, String price) {
    return corolla(service, price, GarageFixtures.ATTRIBUTES);
  }

  /** As {@link #corolla(ServiceOffering, String)}, the car recording {@code attributes}. */
  protected Trade.Open corolla(
      ServiceOffering service, String price, VehicleAttributes attributes) {
    return corolla(service, price, "Silver", attributes);
  }

  /**
   * As {@link #corolla(ServiceOffering, String)}, a car of {@code colour} with {@code attributes}.
   */
  protected Trade.Open corolla(
      ServiceOffering service, String price, String colour, VehicleAttributes attributes) {
    Vehicle car =
        GarageFixtures.vehicle(
            olive.id(), "Toyota", "Corolla", 2019, "KCC " + (100 + plates++), colour, attributes);
    Trade.Open trade = MarketFixtures.trade(car, service, Fixtures.at(plates));
    runTx(
        () -> {
          store.vehicles().add(car);
          store.trades().add(trade);
          if (price != null) {
            store.proposals().add(MarketFixtures.offer(trade, price, Fixtures.at(10 + plates)));
          }
        });
    return trade;
  }

  protected MatchSubject subject(Trade.Open trade) {
    return inTx(() -> store.searchesFitting().subjectOf(trade.id())).orElseThrow();
  }

  protected Preference saved(User owner, SearchCriteria criteria) {
    Preference preference = MatchingFixtures.preference(owner.id(), "Search", criteria);
    runTx(() -> store.preferences().add(preference));
    return preference;
  }

  protected List<Preference> fitting(Trade.Open trade) {
    MatchSubject subject = subject(trade);
    return inTx(() -> store.searchesFitting().forTrade(subject));
  }

  /** The criteria {@link #missing} can make the Corolla miss. */
  protected static final List<Criterion> MISSABLE =
      List.of(
          Criterion.TRADE_KIND,
          Criterion.BRANDS,
          Criterion.MODELS,
          Criterion.YEAR,
          Criterion.PRICE,
          Criterion.MILEAGE);

  /**
   * A search that the Corolla at 9000.00 fits on every criterion but {@code missed} (a lease, a
   * Ford, an Axio, from 2020, at most 10,000 km, at most 8000.00), which is required or weighted.
   */
  protected static SearchCriteria missing(Criterion missed, boolean required) {
    return new SearchCriteria(
        Optional.of(missed == Criterion.TRADE_KIND ? TradeKind.LEASE : TradeKind.SALE),
        Set.of(new CatalogueCode(missed == Criterion.BRANDS ? "ford" : "toyota")),
        Set.of(missed == Criterion.MODELS ? "Axio" : "Corolla"),
        Optional.of(missed == Criterion.YEAR ? 2020 : 2015),
        Optional.of(2022),
        Optional.of(Money.of(missed == Criterion.PRICE ? "8000.00" : "9500.00", "USD")),
        Optional.empty(),
        Optional.of(missed == Criterion.MILEAGE ? 10_000L : 20_000L),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        required ? EnumSet.of(missed) : Set.of(),
        required ? Map.of() : Map.of(missed, 10));
  }

  @Test
  void anOpenTradesSubject_isFoundByTradeAndByVehicle_withTheOwnersLatestOffer() {
    Trade.Open trade = corolla(sale, "9000.00");
    runTx(() -> store.proposals().add(MarketFixtures.offer(trade, "8800.00", Fixtures.at(40))));

    MatchSubject subject = subject(trade);
    assertThat(subject.price()).contains(Money.of("8800.00", "USD"));
    assertThat(subject.vehicle().details().model()).isEqualTo("Corolla");
    assertThat(inTx(() -> store.searchesFitting().subjectOfVehicle(trade.vehicle())))
        .hasValueSatisfying(s -> assertThat(s.trade().id()).isEqualTo(trade.id()));
  }

  @Test
  void aClosedTrade_hasNoSubject() {
    Trade.Open trade = corolla(sale, "9000.00");
    runTx(() -> store.trades().update(MarketFixtures.cancelled(trade, Fixtures.at(50))));

    assertThat(inTx(() -> store.searchesFitting().subjectOf(trade.id()))).isEmpty();
    assertThat(inTx(() -> store.searchesFitting().subjectOfVehicle(trade.vehicle()))).isEmpty();
  }

  @Test
  void everyActiveSearchOfOthersThatPassesTheRequiredCriteria_isWorthScoring() {
    Trade.Open trade = corolla(sale, "9000.00");
    Preference any = saved(bruno, SearchCriteria.none());
    Preference strict =
        saved(bruno, MatchingFixtures.saleOf("9000.00", "toyota")); // at the ceiling
    Preference paused = saved(bruno, SearchCriteria.none());
    runTx(() -> store.preferences().update(paused.paused(Fixtures.at(60))));
    saved(olive, SearchCriteria.none());

    assertThat(fitting(trade))
        .extracting(Preference::id)
        .containsExactlyInAnyOrder(any.id(), strict.id());
  }

  @Test
  void aSearchRequiringTheVehiclesColour_asACode_isWorthScoring() {
    Trade.Open trade = corolla(sale, "9000.00", "Pearl White", GarageFixtures.ATTRIBUTES);
    Preference white = saved(bruno, MatchingFixtures.requiring(Criterion.COLOURS, "pearl_white"));

    assertThat(fitting(trade)).contains(white);
  }

  @Test
  void aCriterionOnlyWeighted_leavesNoSearchOut() {
    Trade.Open trade = corolla(sale, "9000.00");
    List<Preference> weighted =
        MISSABLE.stream().map(c -> saved(bruno, missing(c, false))).toList();

    assertThat(fitting(trade)).containsExactlyInAnyOrderElementsOf(weighted);
  }
}

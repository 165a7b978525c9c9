package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.MatchingFixtures.saleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  /**
   * Three cars of Olive's for sale: a pearl white electric automatic SUV in Nairobi (returned), a
   * black petrol manual saloon in Mombasa, and one that records none of these, nor a colour.
   */
  protected Trade.Open seedEquippedMarket() {
    Trade.Open electric =
        open(
            GarageFixtures.vehicle(
                olive.id(),
                "Nissan",
                "Leaf",
                2021,
                "KEV 001E",
                "Pearl White",
                attributes("nairobi", "suv", "electric", "automatic")));
    open(
        GarageFixtures.vehicle(
            olive.id(),
            "Toyota",
            "Corolla",
            2018,
            "KPT 001P",
            "Black",
            attributes("mombasa", "saloon", "petrol", "manual")));
    open(
        GarageFixtures.vehicle(
            olive.id(), "Mazda", "Demio", 2017, "KNO 001N", "", VehicleAttributes.none()));
    return electric;
  }

  private static VehicleAttributes attributes(
      String location, String bodyType, String fuel, String transmission) {
    return new VehicleAttributes(
        Optional.of(location), Optional.of(bodyType), Optional.of(fuel), Optional.of(transmission));
  }

  /** {@code car}, stored and opened for sale. */
  private Trade.Open open(Vehicle car) {
    Trade.Open trade = MarketFixtures.trade(car, sale, Fixtures.at(++plates));
    runTx(
        () -> {
          store.vehicles().add(car);
          store.trades().add(trade);
        });
    return trade;
  }

  /** Each catalogue-coded criterion and the value the electric car records for it. */
  protected static Stream<Arguments> electricCarsValues() {
    return Stream.of(
        Arguments.of(Criterion.LOCATIONS, "nairobi"),
        Arguments.of(Criterion.BODY_TYPES, "suv"),
        Arguments.of(Criterion.FUELS, "electric"),
        Arguments.of(Criterion.TRANSMISSIONS, "automatic"),
        Arguments.of(Criterion.COLOURS, "pearl_white"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("electricCarsValues")
  void aTradeWhoseVehicleRecordsTheRequiredValue_isACandidate_carryingItsAttributes(
      Criterion criterion, String code) {
    Trade.Open electric = seedEquippedMarket();

    List<MatchSubject> found = candidates(MatchingFixtures.requiring(criterion, code), bruno);

    MatchSubject subject =
        found.stream().filter(s -> s.trade().id().equals(electric.id())).findFirst().orElseThrow();
    assertThat(
            List.of(
                subject.location(),
                subject.bodyType(),
                subject.fuel(),
                subject.transmission(),
                subject.colour()))
        .containsExactly(
            Optional.of(new CatalogueCode("nairobi")),
            Optional.of(new CatalogueCode("suv")),
            Optional.of(new CatalogueCode("electric")),
            Optional.of(new CatalogueCode("automatic")),
            Optional.of(new CatalogueCode("pearl_white")));
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

package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.matching.MatchCandidates;
import dev.motorhub.application.matching.MatchCandidates.After;
import dev.motorhub.application.matching.MatchCandidates.Scored;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.Assessment;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@code MatchCandidates} answers of a search's best: the scores and order that {@link
 * MatchScoring} gives every open trade of others passing the required criteria, best first (then by
 * trade id, unsigned, ids with the top bit set among them), a page at a time after a place.
 */
public abstract class MatchScoresContract extends StoreContract {
  private static final MatchScoring SCORING = new MatchScoring();
  private User olive;
  private User bruno;
  private ServiceOffering sale;
  private ServiceOffering lease;
  private int trades;

  @BeforeEach
  void market() {
    MatchingFixtures.Market market = MatchingFixtures.market(store);
    olive = market.olive();
    bruno = market.bruno();
    sale = market.sale();
    lease = market.lease();
    seed();
  }

  private static VehicleAttributes attributes(String location, String body, String fuel) {
    return new VehicleAttributes(
        Optional.of(location), Optional.of(body), Optional.of(fuel), Optional.of("automatic"));
  }

  /** Sales and leases of varied cars, some with an offer, half with ids whose top bit is set. */
  private void seed() {
    VehicleAttributes town = attributes("nairobi", "saloon", "petrol");
    VehicleAttributes coast = attributes("mombasa", "suv", "diesel");
    VehicleAttributes none = VehicleAttributes.none();
    open(sale, "Toyota", "Corolla", 2019, "Silver", town, terms("9000.00", "0.00", 30));
    open(sale, "Toyota", " Corolla ", 2014, "Pearl White", coast, terms("12000.00", "0.00", 30));
    open(sale, "Land Rover", "Defender", 2021, "Black", coast, Optional.empty());
    open(sale, " Mazda ", "Demio", 2017, "", none, terms("4000.00", "0.00", 30));
    open(sale, "Ford", "Ranger", 2020, "Blue-Green", town, terms("9000.00", "900.00", 365));
    open(sale, "Toyota", "Prado", 2022, "Black", none, Optional.empty());
    open(lease, "Toyota", "Corolla", 2019, "Silver", town, terms("1000.00", "0.00", 365));
    open(
        lease, "Land Rover", "Defender", 2018, "Pearl White", coast, terms("1000.00", "1.00", 365));
    open(lease, "Nissan", "Leaf", 2021, "White", none, Optional.empty());
    open(lease, "Toyota", "Corolla", 2016, "Black", coast, terms("5000.00", "500.00", 100));
    open(lease, "Mazda", "CX-5", 2020, "Red", town, terms("1000.00", "0.00", 366));
    open(sale, "Toyota", "Corolla", 2019, "Silver", town, terms("9000.00", "0.00", 30));
    open(sale, "Toyota", "Corolla", 2019, "Silver", town, terms("9000.00", "0.00", 30));
    // Bruno's own trade and a cancelled one are never candidates.
    Vehicle own = GarageFixtures.vehicle(bruno.id(), "Toyota", "Corolla", 2019, "KBR 001B");
    Trade.Open mine = MarketFixtures.trade(own, sale, Fixtures.at(90));
    Vehicle gone = GarageFixtures.vehicle(olive.id(), "Toyota", "Corolla", 2019, "KCX 001C");
    Trade.Open cancelled = MarketFixtures.trade(gone, sale, Fixtures.at(91));
    runTx(
        () -> {
          store.vehicles().add(own);
          store.trades().add(mine);
          store.vehicles().add(gone);
          store.trades().add(cancelled);
          store.trades().update(MarketFixtures.cancelled(cancelled, Fixtures.at(92)));
        });
  }

  private static Optional<ProposalTerms> terms(String amount, String down, int days) {
    return Optional.of(
        new ProposalTerms(
            Money.of(amount, "USD"), Money.of(down, "USD"), days, PaymentFrequency.MONTHLY));
  }

  private void open(
      ServiceOffering service,
      String brand,
      String model,
      int year,
      String colour,
      VehicleAttributes attributes,
      Optional<ProposalTerms> asking) {
    int n = ++trades;
    Vehicle car =
        GarageFixtures.vehicle(
            olive.id(), brand, model, year, "KSC " + (100 + n) + "S", colour, attributes);
    UUID random = UUID.randomUUID();
    long high = random.getMostSignificantBits();
    UUID id =
        new UUID(
            n % 2 == 0 ? high | Long.MIN_VALUE : high & Long.MAX_VALUE,
            random.getLeastSignificantBits());
    Trade.Open trade =
        Trade.open(new TradeId(id), car.id(), olive.id(), service.id(), Fixtures.at(n));
    runTx(
        () -> {
          store.vehicles().add(car);
          store.trades().add(trade);
          asking.ifPresent(
              terms ->
                  store
                      .proposals()
                      .add(
                          Proposal.Pending.offer(
                              new ProposalId(Fixtures.nextId()),
                              trade,
                              olive.id(),
                              terms,
                              "As is.",
                              Fixtures.at(n),
                              MarketFixtures.STANDS)));
        });
  }

  /** A search of these criteria: unset ones empty, weights and required as given. */
  private static final class Search {
    Optional<TradeKind> kind = Optional.empty();
    Set<String> brands = Set.of();
    Set<String> models = Set.of();
    Optional<Integer> yearMin = Optional.empty();
    Optional<Integer> yearMax = Optional.empty();
    Optional<Money> priceMax = Optional.empty();
    Optional<Money> instalmentMax = Optional.empty();
    Optional<Long> mileageMax = Optional.empty();
    Set<String> locations = Set.of();
    Set<String> bodyTypes = Set.of();
    Set<String> fuels = Set.of();
    Set<String> transmissions = Set.of();
    Set<String> colours = Set.of();
    Set<Criterion> required = EnumSet.noneOf(Criterion.class);
    Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);

    Search require(Criterion... criteria) {
      required.addAll(Arrays.asList(criteria));
      return this;
    }

    Search weigh(Criterion criterion, int weight) {
      weights.put(criterion, weight);
      return this;
    }

    SearchCriteria criteria() {
      return new SearchCriteria(
          kind,
          codes(brands),
          models,
          yearMin,
          yearMax,
          priceMax,
          instalmentMax,
          mileageMax,
          codes(locations),
          codes(bodyTypes),
          codes(fuels),
          codes(transmissions),
          codes(colours),
          required,
          weights);
    }

    private static Set<CatalogueCode> codes(Set<String> codes) {
      return codes.stream().map(CatalogueCode::new).collect(Collectors.toSet());
    }
  }

  private static Search everything(String price, String instalment, long mileage) {
    Search s = new Search();
    s.kind = Optional.of(TradeKind.LEASE);
    s.brands = Set.of("toyota", "land_rover", "mazda");
    s.models = Set.of("corolla");
    s.yearMin = Optional.of(2015);
    s.yearMax = Optional.of(2020);
    s.priceMax = Optional.of(Money.of(price, "USD"));
    s.instalmentMax = Optional.of(Money.of(instalment, "USD"));
    s.mileageMax = Optional.of(mileage);
    s.locations = Set.of("nairobi");
    s.bodyTypes = Set.of("suv");
    s.fuels = Set.of("petrol");
    s.transmissions = Set.of("automatic");
    s.colours = Set.of("pearl_white", "black", "blue_green");
    return s;
  }

  /** Searches that set each criterion, fitting, missing or unknown to some trades. */
  protected static Stream<Arguments> searches() {
    List<Arguments> searches = new ArrayList<>();
    searches.add(Arguments.of("nothing asked", new Search()));
    searches.add(
        Arguments.of(
            "a sale of a toyota", new SearchWrapper(MatchingFixtures.saleOf("9000.00", "toyota"))));
    searches.add(Arguments.of("every criterion, weight 1", everything("9000.00", "83.34", 50_000)));
    searches.add(
        Arguments.of(
            "every criterion, weighted",
            everything("10000.00", "83.33", 1_000_000)
                .weigh(Criterion.TRADE_KIND, 2)
                .weigh(Criterion.BRANDS, 5)
                .weigh(Criterion.PRICE, 4)
                .weigh(Criterion.INSTALMENT, 3)
                .weigh(Criterion.FUELS, 7)
                .weigh(Criterion.COLOURS, 10)
                .weigh(Criterion.LOCATIONS, 6)));
    searches.add(
        Arguments.of(
            "a price and an instalment required",
            everything("9000.00", "83.34", 50_000)
                .require(Criterion.PRICE, Criterion.INSTALMENT)
                .weigh(Criterion.YEAR, 3)));
    searches.add(
        Arguments.of(
            "a colour, a model and a year required",
            everything("9000.00", "2000.00", 50_000)
                .require(Criterion.COLOURS, Criterion.MODELS, Criterion.YEAR)));
    searches.add(
        Arguments.of(
            "attributes required",
            everything("9000.00", "2000.00", 50_000)
                .require(
                    Criterion.LOCATIONS,
                    Criterion.TRANSMISSIONS,
                    Criterion.BRANDS,
                    Criterion.MILEAGE)));
    Search sale = new Search();
    sale.kind = Optional.of(TradeKind.SALE);
    sale.yearMin = Optional.of(2018);
    sale.colours = Set.of("silver");
    sale.fuels = Set.of("petrol");
    searches.add(
        Arguments.of(
            "a sale from 2018 required, colour weighted",
            sale.require(Criterion.TRADE_KIND, Criterion.YEAR)));
    Search only = new Search();
    only.yearMax = Optional.of(2019);
    only.bodyTypes = Set.of("suv", "saloon");
    searches.add(Arguments.of("only weights that some cannot tell", only.weigh(Criterion.YEAR, 3)));
    return searches.stream();
  }

  /** A ready search in the table. */
  private record SearchWrapper(SearchCriteria criteria) {}

  private static SearchCriteria criteriaOf(Object search) {
    return search instanceof SearchWrapper w ? w.criteria() : ((Search) search).criteria();
  }

  /** What scoring every candidate in Java gives: the expected best first. */
  private List<Scored> expected(SearchCriteria criteria, int atLeast) {
    return bestOf(
        List.of(criteria),
        inTx(() -> store.matchCandidates().openFor(SearchCriteria.none(), bruno.id())),
        atLeast);
  }

  /** Every page of the best of {@code searches}, {@code size} a page, one after the other. */
  private List<Scored> paged(List<SearchCriteria> searches, int atLeast, int size) {
    List<Scored> paged = new ArrayList<>();
    Optional<After> after = Optional.empty();
    while (true) {
      Optional<After> from = after;
      List<Scored> page =
          inTx(
              () ->
                  store
                      .matchCandidates()
                      .bestOfAll(searches, bruno.id(), Set.of(), atLeast, from, size));
      paged.addAll(page);
      if (page.size() < size) {
        return paged;
      }
      Scored last = page.getLast();
      after = Optional.of(new After(last.score(), last.trade().value()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void theBest_areScoredAndOrderedAsMatchScoringHasIt(String name, Object search) {
    SearchCriteria criteria = criteriaOf(search);

    List<Scored> expected = expected(criteria, 0);

    assertThat(expected).isNotEmpty();
    assertThat(paged(List.of(criteria), 0, 1000)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void pagingAfterEachPlace_returnsExactlyWhatScoringEveryCandidateReturns(
      String name, Object search) {
    SearchCriteria criteria = criteriaOf(search);
    for (int atLeast : new int[] {0, 50, 70, 100}) {
      List<Scored> expected = expected(criteria, atLeast);
      for (int size : new int[] {1, 2, 5}) {
        assertThat(paged(List.of(criteria), atLeast, size))
            .as("at least %d, %d a page", atLeast, size)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void theBestOfAllSearches_isEachTradesBestScore_pagedAsScoringEveryCandidateHasIt() {
    List<SearchCriteria> all = searches().map(a -> criteriaOf(a.get()[1])).toList();
    List<MatchSubject> subjects =
        inTx(() -> store.matchCandidates().openFor(SearchCriteria.none(), bruno.id()));
    for (int atLeast : new int[] {0, 50, 70, 100}) {
      for (List<SearchCriteria> searches : List.of(all, all.subList(2, 5))) {
        List<Scored> wanted = bestOf(searches, subjects, atLeast);
        for (int size : new int[] {1, 2, 5}) {
          assertThat(paged(searches, atLeast, size))
              .as("at least %d, %d a page", atLeast, size)
              .isEqualTo(wanted);
        }
      }
    }
  }

  /** Each of {@code subjects} at the best score {@code searches} give it, best first. */
  private static List<Scored> bestOf(
      List<SearchCriteria> searches, List<MatchSubject> subjects, int atLeast) {
    return subjects.stream()
        .flatMap(
            s ->
                searches.stream()
                    .flatMap(
                        c ->
                            SCORING.assess(c, s) instanceof Assessment.Scored scored
                                ? Stream.of(scored.score())
                                : Stream.empty())
                    .max(Integer::compare)
                    .map(score -> new Scored(s.trade().id(), score))
                    .stream())
        .filter(s -> s.score() >= atLeast)
        .sorted(MatchCandidates.BEST_FIRST)
        .toList();
  }

  @Test
  void theTradesOfHiddenOwners_areLeftOut() {
    UserId hidden = olive.id();

    assertThat(
            inTx(
                () ->
                    store
                        .matchCandidates()
                        .bestOfAll(
                            List.of(SearchCriteria.none()),
                            bruno.id(),
                            Set.of(hidden),
                            0,
                            Optional.empty(),
                            100)))
        .isEmpty();
  }

  @Test
  void theSubjectsOfTrades_areTheOpenOnesAsCandidatesHaveThem() {
    List<MatchSubject> all =
        inTx(() -> store.matchCandidates().openFor(SearchCriteria.none(), bruno.id()));
    List<TradeId> ids = all.stream().map(s -> s.trade().id()).toList();

    assertThat(inTx(() -> store.matchCandidates().subjects(ids)))
        .containsExactlyInAnyOrderElementsOf(all);
  }
}

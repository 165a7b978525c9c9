package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.contract.MatchingFixtures;
import dev.motorhub.application.contract.SearchesFittingContract;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.shared.Money;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@code SearchesFitting} contract on PostgreSQL, and that the searches' required criteria are
 * filtered in SQL there: a search whose required criterion the trade misses is not even read, and
 * the same criterion only weighted leaves it in.
 */
class JdbiSearchesFittingTest extends SearchesFittingContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }

  @Test
  void eachRequiredCriterionTheTradeMisses_leavesTheSearchOut() {
    Trade.Open trade = corolla(sale, "9000.00");
    Preference fits = saved(bruno, MatchingFixtures.saleOf("9500.00", "toyota"));
    for (Criterion missed : MISSABLE) {
      saved(bruno, missing(missed, true));
    }
    saved(bruno, only(2015, 2018));
    saved(bruno, only(2020, null));
    saved(bruno, only(null, 2018));
    Preference thatYear = saved(bruno, only(2019, 2019));

    assertThat(fitting(trade)).containsExactly(fits, thatYear);
  }

  @Test
  void aRequiredCeiling_prunesOnItsOwnKindOfTrade_andAPriceNotAskedYetPassesNone() {
    Trade.Open leased = corolla(lease, "12000.00"); // 10,800.00 over twelve months: 900.00
    Trade.Open unpriced = corolla(sale, null);
    Preference cheapSale = saved(bruno, ceilings("8000.00", null));
    Preference cheapLease = saved(bruno, ceilings(null, "500.00"));
    Preference lease = saved(bruno, ceilings(null, "1000.00"));

    assertThat(fitting(leased)).containsExactlyInAnyOrder(cheapSale, lease);
    assertThat(fitting(unpriced)).containsExactly(cheapLease, lease);
  }

  @Test
  void aRequiredLocationBodyTypeFuelOrTransmission_prunesOnTheVehiclesCode_andOneNotRecorded() {
    Trade.Open trade = corolla(sale, "9000.00"); // an automatic petrol saloon in Nairobi
    Trade.Open unrecorded = corolla(sale, "9000.00", VehicleAttributes.none());
    Preference inNairobi = saved(bruno, requiringOne(Criterion.LOCATIONS, "nairobi", "mombasa"));
    saved(bruno, requiringOne(Criterion.LOCATIONS, "mombasa"));
    Preference saloon = saved(bruno, requiringOne(Criterion.BODY_TYPES, "saloon"));
    saved(bruno, requiringOne(Criterion.BODY_TYPES, "suv"));
    Preference petrol = saved(bruno, requiringOne(Criterion.FUELS, "petrol"));
    saved(bruno, requiringOne(Criterion.FUELS, "electric"));
    Preference automatic = saved(bruno, requiringOne(Criterion.TRANSMISSIONS, "automatic"));
    saved(bruno, requiringOne(Criterion.TRANSMISSIONS, "manual"));
    Preference weighted =
        saved(
            bruno,
            requiring(Set.of(), null, null, null, null, Set.of(new CatalogueCode("mombasa"))));

    assertThat(fitting(trade))
        .containsExactlyInAnyOrder(inNairobi, saloon, petrol, automatic, weighted);
    assertThat(fitting(unrecorded)).containsExactly(weighted);
  }

  @Test
  void aRequiredColour_prunesOnTheVehiclesColourAsACode_andOneWithNone() {
    Trade.Open white = corolla(sale, "9000.00", "Pearl White", GarageFixtures.ATTRIBUTES);
    Trade.Open colourless = corolla(sale, "9000.00", "", GarageFixtures.ATTRIBUTES);
    Preference pearl = saved(bruno, requiringOne(Criterion.COLOURS, "pearl_white", "black"));
    saved(bruno, requiringOne(Criterion.COLOURS, "black"));
    Preference weighted =
        saved(
            bruno, requiring(Set.of(), null, null, null, null, Set.of(new CatalogueCode("black"))));

    assertThat(fitting(white)).containsExactlyInAnyOrder(pearl, weighted);
    assertThat(fitting(colourless)).containsExactly(weighted);
  }

  /** Only {@code criterion}, required, naming {@code codes} (the other code lists weighted). */
  private static SearchCriteria requiringOne(Criterion criterion, String... codes) {
    return requiring(
        EnumSet.of(criterion),
        null,
        null,
        null,
        null,
        Arrays.stream(codes).map(CatalogueCode::new).collect(Collectors.toSet()));
  }

  /** Only the year range, required. */
  private static SearchCriteria only(Integer min, Integer max) {
    return requiring(EnumSet.of(Criterion.YEAR), min, max, null, null, Set.of());
  }

  /** Only a price and an instalment ceiling, both required. */
  private static SearchCriteria ceilings(String price, String instalment) {
    return requiring(
        EnumSet.of(Criterion.PRICE, Criterion.INSTALMENT), null, null, price, instalment, Set.of());
  }

  /**
   * A search asking only what is given (the codes for location, body type, fuel, transmission and
   * colour alike).
   */
  private static SearchCriteria requiring(
      Set<Criterion> required,
      Integer yearMin,
      Integer yearMax,
      String price,
      String instalment,
      Set<CatalogueCode> codes) {
    return new SearchCriteria(
        Optional.empty(),
        Set.of(),
        Set.of(),
        Optional.ofNullable(yearMin),
        Optional.ofNullable(yearMax),
        Optional.ofNullable(price).map(p -> Money.of(p, "USD")),
        Optional.ofNullable(instalment).map(p -> Money.of(p, "USD")),
        Optional.empty(),
        codes,
        codes,
        codes,
        codes,
        codes,
        required,
        Map.of());
  }
}

package dev.motorhub.domain.matching;

import static dev.motorhub.domain.matching.Explanation.Outcome.FITS;
import static dev.motorhub.domain.matching.Explanation.Outcome.MISSES;
import static dev.motorhub.domain.matching.Explanation.Outcome.UNKNOWN;
import static dev.motorhub.domain.matching.TestCriteria.criteria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.motorhub.domain.garage.LicencePlate;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.TestTrades;
import dev.motorhub.domain.shared.Money;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MatchScoring} as a table: each criterion fitting, missing and absent; hard filters; the
 * scale; ties. The trade is a 2019 Toyota Corolla with 60,000 km, offered for 10,000.00 (a sale) or
 * on a year's lease of 12,000.00 with 1,200.00 down (900.00 a month); it records no location, body
 * type, fuel, transmission or colour unless {@linkplain #equipped() equipped} (Nairobi, SUV,
 * electric, automatic, Pearl White).
 */
class MatchScoringTest {
  private final MatchScoring scoring = new MatchScoring();

  static MatchSubject sale() {
    return subject(ServiceKind.SELL, Optional.of(terms("10000.00", "0.00")));
  }

  static MatchSubject lease() {
    return subject(ServiceKind.LEASE, Optional.of(terms("12000.00", "1200.00")));
  }

  static ProposalTerms terms(String amount, String down) {
    return new ProposalTerms(
        Money.of(amount, "USD"), Money.of(down, "USD"), 365, PaymentFrequency.MONTHLY);
  }

  /** The sale, of a vehicle recording its location, body type, fuel, transmission and colour. */
  static MatchSubject equipped() {
    return subject(
        ServiceKind.SELL,
        Optional.of(terms("10000.00", "0.00")),
        new VehicleAttributes(
            Optional.of("nairobi"),
            Optional.of("suv"),
            Optional.of("electric"),
            Optional.of("automatic")),
        "Pearl White");
  }

  static MatchSubject subject(ServiceKind kind, Optional<ProposalTerms> asking) {
    return subject(kind, asking, VehicleAttributes.none(), "");
  }

  static MatchSubject subject(
      ServiceKind kind,
      Optional<ProposalTerms> asking,
      VehicleAttributes attributes,
      String colour) {
    Vehicle vehicle =
        Vehicle.register(
            new VehicleId(TestTrades.uuid(0x31)),
            TestTrades.OWNER,
            new VehicleDetails(
                "Toyota",
                "Corolla",
                2019,
                colour,
                new LicencePlate("KAA 123A"),
                Optional.empty(),
                60_000,
                "",
                attributes),
            LocalDate.of(2025, 3, 10),
            TestTrades.OPENED_AT);
    return MatchSubject.of(TestTrades.openTrade(TestTrades.SELL_SERVICE), kind, vehicle, asking);
  }

  static Stream<Arguments> oneWeightedCriterion() {
    return Stream.of(
        Arguments.of(
            "kind fits", criteria().kind(TradeKind.SALE), sale(), 100, "a sale, as you asked"),
        Arguments.of("kind misses", criteria().kind(TradeKind.LEASE), sale(), 0, "not a lease"),
        Arguments.of("brand fits", criteria().brand("toyota"), sale(), 100, "brand matches"),
        Arguments.of(
            "brand misses",
            criteria().brand("ford"),
            sale(),
            0,
            "brand Toyota is not one you named"),
        Arguments.of("model fits", criteria().model("COROLLA "), sale(), 100, "model matches"),
        Arguments.of(
            "model misses",
            criteria().model("yaris"),
            sale(),
            0,
            "model Corolla is not one you named"),
        Arguments.of(
            "year fits", criteria().years(2015, 2020), sale(), 100, "year 2019 in your range"),
        Arguments.of(
            "year too old",
            criteria().years(2020, null),
            sale(),
            0,
            "year 2019 is older than you asked"),
        Arguments.of(
            "year too new",
            criteria().years(null, 2018),
            sale(),
            0,
            "year 2019 is newer than you asked"),
        Arguments.of(
            "price under",
            criteria().priceMax("10870.00"),
            sale(),
            100,
            "price 8% under your ceiling"),
        Arguments.of(
            "price at", criteria().priceMax("10000.00"), sale(), 100, "price at your ceiling"),
        Arguments.of(
            "price over", criteria().priceMax("8000.00"), sale(), 0, "price 25% over your ceiling"),
        Arguments.of(
            "instalment under",
            criteria().instalmentMax("1000.00"),
            lease(),
            100,
            "monthly instalment 10% under your ceiling"),
        Arguments.of(
            "instalment over",
            criteria().instalmentMax("800.00"),
            lease(),
            0,
            "monthly instalment 13% over your ceiling"),
        Arguments.of(
            "mileage fits",
            criteria().mileageMax(60_000),
            sale(),
            100,
            "mileage within your limit"),
        Arguments.of(
            "mileage over", criteria().mileageMax(59_999), sale(), 0, "mileage over your limit"),
        Arguments.of(
            "price unknown",
            criteria().priceMax("9000.00"),
            subject(ServiceKind.SELL, Optional.empty()),
            100,
            "no price asked yet"),
        Arguments.of(
            "location unknown",
            criteria().location("nairobi"),
            sale(),
            100,
            "location not recorded for this vehicle"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneWeightedCriterion")
  void aWeightedCriterion_scoresAllOrNothing_andIsExplained(
      String name, TestCriteria criteria, MatchSubject subject, int score, String explanation) {
    Assessment assessment = scoring.assess(criteria.build(), subject);

    assertThat(assessment).isInstanceOf(Assessment.Scored.class);
    assertThat(((Assessment.Scored) assessment).score()).isEqualTo(score);
    assertThat(assessment.explanations())
        .extracting(Explanation::text)
        .containsExactly(explanation);
  }

  /** Each catalogue-coded criterion: the equipped vehicle's value, another, and how it is named. */
  static Stream<Arguments> catalogueCoded() {
    return Stream.of(
        Arguments.of(Criterion.LOCATIONS, "nairobi", "mombasa", "location"),
        Arguments.of(Criterion.BODY_TYPES, "suv", "pickup", "body type"),
        Arguments.of(Criterion.FUELS, "electric", "petrol", "fuel"),
        Arguments.of(Criterion.TRANSMISSIONS, "automatic", "manual", "transmission"),
        Arguments.of(Criterion.COLOURS, "pearl_white", "black", "colour"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueCoded")
  void aCatalogueCodedCriterion_fitsMissesOrCannotTell_andIsExplained(
      Criterion criterion, String recorded, String other, String what) {
    assertScored(criteria().among(criterion, recorded), equipped(), 100, FITS, what + " matches");
    assertScored(
        criteria().among(criterion, other),
        equipped(),
        0,
        MISSES,
        what + " " + recorded + " is not one you named");
    assertScored(
        criteria().among(criterion, recorded),
        sale(),
        100,
        UNKNOWN,
        what + " not recorded for this vehicle");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueCoded")
  void aRequiredCatalogueCodedCriterion_passesOnlyAVehicleRecordingAValueNamed(
      Criterion criterion, String recorded, String other, String what) {
    assertScored(
        criteria().among(criterion, recorded).among(criterion, other).required(criterion),
        equipped(),
        100,
        FITS,
        what + " matches");
    assertRejected(
        criteria().among(criterion, other).required(criterion),
        equipped(),
        what + " " + recorded + " is not one you named");
    assertRejected(
        criteria().among(criterion, recorded).required(criterion),
        sale(),
        what + " not recorded for this vehicle");
  }

  private void assertScored(
      TestCriteria criteria,
      MatchSubject subject,
      int score,
      Explanation.Outcome outcome,
      String explanation) {
    Assessment assessment = scoring.assess(criteria.build(), subject);

    assertThat(assessment).isInstanceOf(Assessment.Scored.class);
    assertThat(((Assessment.Scored) assessment).score()).isEqualTo(score);
    assertThat(assessment.explanations())
        .extracting(Explanation::outcome, Explanation::text)
        .containsExactly(tuple(outcome, explanation));
  }

  private void assertRejected(TestCriteria criteria, MatchSubject subject, String reason) {
    Assessment assessment = scoring.assess(criteria.build(), subject);

    assertThat(assessment).isInstanceOf(Assessment.Rejected.class);
    assertThat(((Assessment.Rejected) assessment).reason().text()).isEqualTo(reason);
  }

  @Test
  void aVehiclesColour_isComparedAsACode_andOneThatMakesNoCode_isNotRecorded() {
    assertThat(equipped().colour()).contains(new CatalogueCode("pearl_white"));
    assertThat(sale().colour()).isEmpty();
    assertThat(
            subject(
                    ServiceKind.SELL,
                    Optional.of(terms("10000.00", "0.00")),
                    VehicleAttributes.none(),
                    "Grün")
                .colour())
        .isEmpty();
  }

  @Test
  void noCriterionAtAll_scoresFull_withNothingToExplain() {
    assertThat(scoring.assess(SearchCriteria.none(), sale()))
        .isEqualTo(new Assessment.Scored(100, List.of()));
  }

  @Test
  void aPriceCeiling_doesNotApplyToALease_norAnInstalmentCeilingToASale() {
    assertThat(scoring.assess(criteria().priceMax("1.00").build(), lease()))
        .isEqualTo(new Assessment.Scored(100, List.of()));
    assertThat(scoring.assess(criteria().instalmentMax("1.00").build(), sale()))
        .isEqualTo(new Assessment.Scored(100, List.of()));
  }

  @Test
  void aRequiredCriterionThatMisses_isNoMatch_whateverTheOthersScore() {
    SearchCriteria criteria =
        criteria()
            .brand("ford")
            .required(Criterion.BRANDS)
            .model("corolla")
            .weight(Criterion.MODELS, 10)
            .build();

    Assessment assessment = scoring.assess(criteria, sale());

    assertThat(assessment).isInstanceOf(Assessment.Rejected.class);
    assertThat(((Assessment.Rejected) assessment).reason().text())
        .isEqualTo("brand Toyota is not one you named");
  }

  @Test
  void aRequiredCriterionTheTradeCannotTell_isNoMatch() {
    SearchCriteria criteria = criteria().location("nairobi").required(Criterion.LOCATIONS).build();

    assertThat(scoring.assess(criteria, sale())).isInstanceOf(Assessment.Rejected.class);
  }

  @Test
  void aRequiredCriterionThatFits_passes_andCountsNoPoints() {
    SearchCriteria criteria =
        criteria().brand("toyota").required(Criterion.BRANDS).mileageMax(1).build();

    Assessment assessment = scoring.assess(criteria, sale());

    assertThat(assessment).isInstanceOf(Assessment.Scored.class);
    assertThat(((Assessment.Scored) assessment).score()).isZero();
    assertThat(assessment.explanations())
        .extracting(Explanation::text)
        .containsExactly("brand matches", "mileage over your limit");
  }

  @Test
  void weights_addForFitsAndTakeForMisses_scaledTo100() {
    SearchCriteria criteria =
        criteria()
            .brand("toyota")
            .weight(Criterion.BRANDS, 3)
            .mileageMax(10_000)
            .weight(Criterion.MILEAGE, 1)
            .build();

    // +3 - 1 = 2 of a total of 4: 50 + 50 * 2 / 4 = 75
    assertThat(((Assessment.Scored) scoring.assess(criteria, sale())).score()).isEqualTo(75);
  }

  @Test
  void equalWeightsThatFitAndMiss_tieAtTheMiddle() {
    SearchCriteria criteria = criteria().brand("toyota").model("yaris").build();

    assertThat(((Assessment.Scored) scoring.assess(criteria, sale())).score()).isEqualTo(50);
  }

  static Stream<Arguments> decisiveCriteria() {
    return Stream.of(
        Arguments.of("nothing set", criteria(), 70, Set.of()),
        Arguments.of(
            "a lone weighted criterion, at any threshold above 0",
            criteria().brand("toyota"),
            1,
            EnumSet.of(Criterion.BRANDS)),
        Arguments.of(
            "at 0, only the required ones",
            criteria().brand("toyota").mileageMax(1000).required(Criterion.MILEAGE),
            0,
            EnumSet.of(Criterion.MILEAGE)),
        Arguments.of(
            "three equal weights at 70: a miss leaves at most 67",
            criteria().brand("toyota").years(2015, null).priceMax("9000.00"),
            70,
            EnumSet.of(Criterion.BRANDS, Criterion.YEAR, Criterion.PRICE)),
        Arguments.of(
            "three equal weights at 67",
            criteria().brand("toyota").years(2015, null).priceMax("9000.00"),
            67,
            Set.of()),
        Arguments.of(
            "a heavy weight's miss leaves at most 25, a light one's 75",
            criteria()
                .brand("toyota")
                .weight(Criterion.BRANDS, 3)
                .years(2015, null)
                .required(Criterion.TRADE_KIND)
                .kind(TradeKind.SALE),
            70,
            EnumSet.of(Criterion.TRADE_KIND, Criterion.BRANDS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisiveCriteria")
  void decisiveCriteria_areTheRequiredAndTheWeightedWhoseMissAloneKeepsTheScoreUnder(
      String name, TestCriteria criteria, int atLeast, Set<Criterion> decisive) {
    assertThat(scoring.decisive(criteria.build(), atLeast)).isEqualTo(decisive);
  }

  /**
   * Thousands of searches drawn at random, each criterion fitting or missing the subjects (or
   * absent), at random weights, some required: a subject that scores at least the threshold never
   * misses a decisive criterion.
   */
  @Test
  void aTradeThatScoresAtLeastTheThreshold_missesNoDecisiveCriterion() {
    Random random = new Random(2026);
    List<MatchSubject> subjects =
        List.of(sale(), lease(), equipped(), subject(ServiceKind.SELL, Optional.empty()));
    int checked = 0;
    for (int i = 0; i < 5000; i++) {
      TestCriteria drawn = criteria();
      if (random.nextBoolean()) {
        drawn.kind(random.nextBoolean() ? TradeKind.SALE : TradeKind.LEASE);
      }
      if (random.nextBoolean()) {
        drawn.brand(random.nextBoolean() ? "toyota" : "ford");
      }
      if (random.nextBoolean()) {
        drawn.years(random.nextBoolean() ? 2015 : 2020, null);
      }
      if (random.nextBoolean()) {
        drawn.priceMax(random.nextBoolean() ? "9000.00" : "11000.00");
      }
      if (random.nextBoolean()) {
        drawn.instalmentMax(random.nextBoolean() ? "800.00" : "1000.00");
      }
      if (random.nextBoolean()) {
        drawn.mileageMax(random.nextBoolean() ? 50_000 : 70_000);
      }
      if (random.nextBoolean()) {
        drawn.location(random.nextBoolean() ? "nairobi" : "mombasa");
      }
      SearchCriteria built = drawn.build();
      for (Criterion criterion : Criterion.values()) {
        if (built.sets(criterion)) {
          if (random.nextInt(5) == 0) {
            drawn.required(criterion);
          } else {
            drawn.weight(criterion, 1 + random.nextInt(4));
          }
        }
      }
      SearchCriteria criteria = drawn.build();
      int atLeast = random.nextInt(101);
      Set<Criterion> decisive = scoring.decisive(criteria, atLeast);
      for (MatchSubject subject : subjects) {
        if (scoring.assess(criteria, subject) instanceof Assessment.Scored scored
            && scored.score() >= atLeast) {
          checked++;
          assertThat(scored.explanations())
              .filteredOn(e -> decisive.contains(e.criterion()))
              .extracting(Explanation::outcome)
              .as("%s at %d against %s", criteria, atLeast, subject)
              .doesNotContain(MISSES);
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }
}

package dev.motorhub.domain.matching;

import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a preference against an open trade from 0 to 100. Hard filters first: a required criterion
 * that misses, or that the trade cannot tell, makes it no match. Then each weighted criterion the
 * trade can tell adds its weight when it fits and takes it away when it misses; the sum, between
 * minus and plus the total weight, is scaled to 0..100 (100 when nothing is weighted). A price
 * ceiling applies to sales only, an instalment ceiling to leases only. Every criterion set is
 * explained.
 */
public class MatchScoring {

  public Assessment assess(SearchCriteria criteria, MatchSubject subject) {
    List<Explanation> explanations = new ArrayList<>();
    int total = 0;
    int points = 0;
    for (Criterion criterion : Criterion.values()) {
      if (!criteria.sets(criterion)) {
        continue;
      }
      Optional<Explanation> judged = judge(criterion, criteria, subject);
      if (judged.isEmpty()) {
        continue;
      }
      Explanation explanation = judged.get();
      explanations.add(explanation);
      boolean fits = explanation.outcome() == Explanation.Outcome.FITS;
      if (criteria.isRequired(criterion)) {
        if (!fits) {
          return new Assessment.Rejected(explanation, explanations);
        }
      } else if (explanation.outcome() != Explanation.Outcome.UNKNOWN) {
        int weight = criteria.weightOf(criterion);
        total += weight;
        points += fits ? weight : -weight;
      }
    }
    return new Assessment.Scored(scaled(points, total), explanations);
  }

  /**
   * The criteria of {@code criteria} that a trade must fit, wherever they apply to it and it can
   * tell them, to score at least {@code atLeast}: the required ones, and each weighted one whose
   * miss alone keeps the score under {@code atLeast} even were every other weighted criterion to
   * fit. A store may leave out the trades that miss one of them before scoring.
   */
  public Set<Criterion> decisive(SearchCriteria criteria, int atLeast) {
    int total = 0;
    for (Criterion criterion : Criterion.values()) {
      if (criteria.sets(criterion) && !criteria.isRequired(criterion)) {
        total += criteria.weightOf(criterion);
      }
    }
    Set<Criterion> decisive = EnumSet.noneOf(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      if (criteria.sets(criterion)
          && (criteria.isRequired(criterion)
              || scaled(total - 2 * criteria.weightOf(criterion), total) < atLeast)) {
        decisive.add(criterion);
      }
    }
    return decisive;
  }

  /** {@code points} between {@code -total} and {@code total}, as 0 to 100. */
  protected int scaled(int points, int total) {
    return total == 0 ? 100 : (int) Math.round(50.0 + 50.0 * points / total);
  }

  /** How {@code criterion} comes out; empty when it does not apply to this kind of trade. */
  protected Optional<Explanation> judge(
      Criterion criterion, SearchCriteria criteria, MatchSubject subject) {
    VehicleDetails vehicle = subject.vehicle().details();
    return switch (criterion) {
      case TRADE_KIND -> Optional.of(kind(criteria.tradeKind().orElseThrow(), subject));
      case BRANDS -> Optional.of(brand(criteria.brands(), vehicle.brand()));
      case MODELS ->
          Optional.of(
              criteria.models().contains(SearchCriteria.model(vehicle.model()))
                  ? Explanation.fits(criterion, "model matches")
                  : Explanation.misses(
                      criterion, "model " + vehicle.model() + " is not one you named"));
      case YEAR -> Optional.of(year(criteria, vehicle.year()));
      case PRICE ->
          subject.kind().isLease()
              ? Optional.empty()
              : Optional.of(ceiling(criterion, "price", criteria.priceMax(), subject.price()));
      case INSTALMENT ->
          subject.kind().isLease()
              ? Optional.of(
                  ceiling(
                      criterion,
                      "monthly instalment",
                      criteria.instalmentMax(),
                      subject.monthlyInstalment()))
              : Optional.empty();
      case MILEAGE ->
          Optional.of(
              vehicle.mileage() <= criteria.mileageMax().orElseThrow()
                  ? Explanation.fits(criterion, "mileage within your limit")
                  : Explanation.misses(criterion, "mileage over your limit"));
      case LOCATIONS ->
          Optional.of(among(criterion, "location", criteria.locations(), subject.location()));
      case BODY_TYPES ->
          Optional.of(among(criterion, "body type", criteria.bodyTypes(), subject.bodyType()));
      case FUELS -> Optional.of(among(criterion, "fuel", criteria.fuels(), subject.fuel()));
      case TRANSMISSIONS ->
          Optional.of(
              among(criterion, "transmission", criteria.transmissions(), subject.transmission()));
      case COLOURS -> Optional.of(among(criterion, "colour", criteria.colours(), subject.colour()));
    };
  }

  private static Explanation kind(TradeKind wanted, MatchSubject subject) {
    return wanted.fits(subject.kind())
        ? Explanation.fits(Criterion.TRADE_KIND, "a " + wanted.wire() + ", as you asked")
        : Explanation.misses(Criterion.TRADE_KIND, "not a " + wanted.wire());
  }

  private static Explanation brand(Set<CatalogueCode> brands, String brand) {
    return CatalogueCode.of(brand).filter(brands::contains).isPresent()
        ? Explanation.fits(Criterion.BRANDS, "brand matches")
        : Explanation.misses(Criterion.BRANDS, "brand " + brand + " is not one you named");
  }

  private static Explanation year(SearchCriteria criteria, int year) {
    if (criteria.yearMin().filter(min -> year < min).isPresent()) {
      return Explanation.misses(Criterion.YEAR, "year " + year + " is older than you asked");
    }
    if (criteria.yearMax().filter(max -> year > max).isPresent()) {
      return Explanation.misses(Criterion.YEAR, "year " + year + " is newer than you asked");
    }
    return Explanation.fits(Criterion.YEAR, "year " + year + " in your range");
  }

  private static Explanation ceiling(
      Criterion criterion, String what, Optional<Money> ceiling, Optional<Money> asked) {
    if (asked.isEmpty()) {
      return Explanation.unknown(criterion, "no " + what + " asked yet");
    }
    BigDecimal max = ceiling.orElseThrow().amount();
    BigDecimal value = asked.get().amount();
    long percent =
        max.subtract(value)
            .abs()
            .multiply(BigDecimal.valueOf(100))
            .divide(max, 0, RoundingMode.HALF_UP)
            .longValue();
    int side = value.compareTo(max);
    if (side > 0) {
      return Explanation.misses(criterion, what + " " + percent + "% over your ceiling");
    }
    return Explanation.fits(
        criterion,
        side == 0 || percent == 0
            ? what + " at your ceiling"
            : what + " " + percent + "% under your ceiling");
  }

  private static Explanation among(
      Criterion criterion, String what, Set<CatalogueCode> wanted, Optional<CatalogueCode> value) {
    if (value.isEmpty()) {
      return Explanation.unknown(criterion, what + " not recorded for this vehicle");
    }
    return wanted.contains(value.get())
        ? Explanation.fits(criterion, what + " matches")
        : Explanation.misses(criterion, what + " " + value.get() + " is not one you named");
  }
}

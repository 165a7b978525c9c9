package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.Money;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds search criteria one criterion at a time, for tests. */
final class TestCriteria {
  private Optional<TradeKind> kind = Optional.empty();
  private final Set<CatalogueCode> brands = new HashSet<>();
  private final Set<String> models = new HashSet<>();
  private Optional<Integer> yearMin = Optional.empty();
  private Optional<Integer> yearMax = Optional.empty();
  private Optional<Money> priceMax = Optional.empty();
  private Optional<Money> instalmentMax = Optional.empty();
  private Optional<Long> mileageMax = Optional.empty();
  private final Set<CatalogueCode> locations = new HashSet<>();
  private final Set<CatalogueCode> bodyTypes = new HashSet<>();
  private final Set<CatalogueCode> fuels = new HashSet<>();
  private final Set<CatalogueCode> transmissions = new HashSet<>();
  private final Set<CatalogueCode> colours = new HashSet<>();
  private final Set<Criterion> required = EnumSet.noneOf(Criterion.class);
  private final Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);

  static TestCriteria criteria() {
    return new TestCriteria();
  }

  TestCriteria kind(TradeKind value) {
    kind = Optional.of(value);
    return this;
  }

  TestCriteria brand(String code) {
    brands.add(new CatalogueCode(code));
    return this;
  }

  TestCriteria model(String model) {
    models.add(model);
    return this;
  }

  TestCriteria years(Integer min, Integer max) {
    yearMin = Optional.ofNullable(min);
    yearMax = Optional.ofNullable(max);
    return this;
  }

  TestCriteria priceMax(String amount) {
    priceMax = Optional.of(Money.of(amount, "USD"));
    return this;
  }

  TestCriteria instalmentMax(String amount) {
    instalmentMax = Optional.of(Money.of(amount, "USD"));
    return this;
  }

  TestCriteria mileageMax(long value) {
    mileageMax = Optional.of(value);
    return this;
  }

  TestCriteria location(String code) {
    locations.add(new CatalogueCode(code));
    return this;
  }

  TestCriteria bodyType(String code) {
    bodyTypes.add(new CatalogueCode(code));
    return this;
  }

  TestCriteria fuel(String code) {
    fuels.add(new CatalogueCode(code));
    return this;
  }

  TestCriteria transmission(String code) {
    transmissions.add(new CatalogueCode(code));
    return this;
  }

  TestCriteria colour(String code) {
    colours.add(new CatalogueCode(code));
    return this;
  }

  /** The criterion {@code criterion} of the five catalogue-coded ones, asking for {@code code}. */
  TestCriteria among(Criterion criterion, String code) {
    return switch (criterion) {
      case LOCATIONS -> location(code);
      case BODY_TYPES -> bodyType(code);
      case FUELS -> fuel(code);
      case TRANSMISSIONS -> transmission(code);
      case COLOURS -> colour(code);
      default -> throw new IllegalArgumentException(criterion + " is not catalogue-coded");
    };
  }

  TestCriteria required(Criterion criterion) {
    required.add(criterion);
    return this;
  }

  TestCriteria weight(Criterion criterion, int weight) {
    weights.put(criterion, weight);
    return this;
  }

  SearchCriteria build() {
    return new SearchCriteria(
        kind,
        brands,
        models,
        yearMin,
        yearMax,
        priceMax,
        instalmentMax,
        mileageMax,
        locations,
        bodyTypes,
        fuels,
        transmissions,
        colours,
        required,
        weights);
  }
}

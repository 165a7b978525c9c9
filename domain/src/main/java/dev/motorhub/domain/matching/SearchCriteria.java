package dev.motorhub.domain.matching;

import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Violations;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a saved search asks of a trade: each criterion optional (an empty one matches everything),
 * each either {@linkplain #required() required} (a hard filter) or weighted (1 to 10, 1 unless
 * given). The price ceiling is a sale's, the instalment ceiling a lease's monthly one.
 */
public record SearchCriteria(
    Optional<TradeKind> tradeKind,
    Set<CatalogueCode> brands,
    Set<String> models,
    Optional<Integer> yearMin,
    Optional<Integer> yearMax,
    Optional<Money> priceMax,
    Optional<Money> instalmentMax,
    Optional<Long> mileageMax,
    Set<CatalogueCode> locations,
    Set<CatalogueCode> bodyTypes,
    Set<CatalogueCode> fuels,
    Set<CatalogueCode> transmissions,
    Set<CatalogueCode> colours,
    Set<Criterion> required,
    Map<Criterion, Integer> weights) {

  public static final int MAX_WEIGHT = 10;

  public SearchCriteria {
    Objects.requireNonNull(tradeKind, "tradeKind");
    brands = Set.copyOf(brands);
    models = Set.copyOf(models.stream().map(SearchCriteria::model).toList());
    Objects.requireNonNull(yearMin, "yearMin");
    Objects.requireNonNull(yearMax, "yearMax");
    Objects.requireNonNull(priceMax, "priceMax");
    Objects.requireNonNull(instalmentMax, "instalmentMax");
    Objects.requireNonNull(mileageMax, "mileageMax");
    locations = Set.copyOf(locations);
    bodyTypes = Set.copyOf(bodyTypes);
    fuels = Set.copyOf(fuels);
    transmissions = Set.copyOf(transmissions);
    colours = Set.copyOf(colours);
    required = required.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(required));
    weights = Map.copyOf(weights);
    check(yearMin, yearMax, priceMax, instalmentMax, mileageMax, weights, new Violations())
        .throwIfAny();
  }

  /** Nothing asked: every open trade fits. */
  public static SearchCriteria none() {
    return new SearchCriteria(
        Optional.empty(),
        Set.of(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Map.of());
  }

  /** Adds to {@code violations} what is wrong with these values, named by their fields. */
  public static Violations check(
      Optional<Integer> yearMin,
      Optional<Integer> yearMax,
      Optional<Money> priceMax,
      Optional<Money> instalmentMax,
      Optional<Long> mileageMax,
      Map<Criterion, Integer> weights,
      Violations violations) {
    if (yearMin.isPresent() && yearMax.isPresent() && yearMin.get() > yearMax.get()) {
      violations.add("year_min", "Ensure year_min is no more than year_max.");
    }
    priceMax
        .filter(m -> m.amount().signum() <= 0)
        .ifPresent(m -> violations.add("price_max", "Ensure this value is greater than 0."));
    instalmentMax
        .filter(m -> m.amount().signum() <= 0)
        .ifPresent(m -> violations.add("instalment_max", "Ensure this value is greater than 0."));
    mileageMax
        .filter(m -> m < 0)
        .ifPresent(m -> violations.add("mileage_max", "Ensure this value is at least 0."));
    weights.forEach(
        (criterion, weight) -> {
          if (weight < 1 || weight > MAX_WEIGHT) {
            violations.add(
                "weights." + criterion.wire(),
                "Ensure this value is between 1 and " + MAX_WEIGHT + ".");
          }
        });
    return violations;
  }

  /** Whether this search asks anything of {@code criterion}. */
  public boolean sets(Criterion criterion) {
    return switch (criterion) {
      case TRADE_KIND -> tradeKind.isPresent();
      case BRANDS -> !brands.isEmpty();
      case MODELS -> !models.isEmpty();
      case YEAR -> yearMin.isPresent() || yearMax.isPresent();
      case PRICE -> priceMax.isPresent();
      case INSTALMENT -> instalmentMax.isPresent();
      case MILEAGE -> mileageMax.isPresent();
      case LOCATIONS -> !locations.isEmpty();
      case BODY_TYPES -> !bodyTypes.isEmpty();
      case FUELS -> !fuels.isEmpty();
      case TRANSMISSIONS -> !transmissions.isEmpty();
      case COLOURS -> !colours.isEmpty();
    };
  }

  public boolean isRequired(Criterion criterion) {
    return required.contains(criterion);
  }

  /** The weight of a criterion that is not required: 1 unless given. */
  public int weightOf(Criterion criterion) {
    return weights.getOrDefault(criterion, 1);
  }

  /** A model as it is compared: trimmed and in lower case. */
  public static String model(String text) {
    return text.strip().toLowerCase(java.util.Locale.ROOT);
  }
}

package dev.motorhub.application.matching;

import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Violations;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a {@link PreferenceForm} into search criteria over the ones it changes, naming every bad
 * field at once; codes of an attribute the catalogue keeps must be in it.
 */
public final class PreferenceForms {
  private final CatalogueCheck catalogue;
  private final Currency currency;

  public PreferenceForms(CatalogueRepository catalogue, Currency currency) {
    this.catalogue = new CatalogueCheck(catalogue);
    this.currency = currency;
  }

  /** The criteria {@code form} makes of {@code current}; runs inside the caller's transaction. */
  public SearchCriteria criteria(PreferenceForm form, SearchCriteria current) {
    return criteria(form, current, new Violations());
  }

  /** As {@link #criteria(PreferenceForm, SearchCriteria)}, adding to what {@code v} holds. */
  public SearchCriteria criteria(PreferenceForm form, SearchCriteria current, Violations v) {
    var kind =
        pick(
            form,
            "trade_kind",
            current.tradeKind(),
            v,
            f -> Optional.ofNullable(f.tradeKind()).map(t -> TradeKind.parse(t, "trade_kind")));
    var brands = codes(form, "brands", Attribute.BRAND, form.brands(), current.brands(), v);
    Set<String> models = form.gives("models") ? Set.copyOf(list(form.models())) : current.models();
    var yearMin = pick(form, "year_min", current.yearMin(), v, f -> whole(f.yearMin(), "year_min"));
    var yearMax = pick(form, "year_max", current.yearMax(), v, f -> whole(f.yearMax(), "year_max"));
    var priceMax =
        pick(form, "price_max", current.priceMax(), v, f -> money(f.priceMax(), "price_max"));
    var instalmentMax =
        pick(
            form,
            "instalment_max",
            current.instalmentMax(),
            v,
            f -> money(f.instalmentMax(), "instalment_max"));
    var mileageMax =
        pick(form, "mileage_max", current.mileageMax(), v, f -> mileage(f.mileageMax()));
    var locations =
        codes(form, "locations", Attribute.LOCATION, form.locations(), current.locations(), v);
    var bodyTypes =
        codes(form, "body_types", Attribute.BODY_TYPE, form.bodyTypes(), current.bodyTypes(), v);
    var fuels = codes(form, "fuels", Attribute.FUEL, form.fuels(), current.fuels(), v);
    var transmissions =
        codes(
            form,
            "transmissions",
            Attribute.TRANSMISSION,
            form.transmissions(),
            current.transmissions(),
            v);
    var colours = codes(form, "colours", Attribute.COLOUR, form.colours(), current.colours(), v);
    Set<Criterion> required =
        form.gives("required")
            ? v.capture(() -> criteria(list(form.required())))
            : current.required();
    Map<Criterion, Integer> weights =
        form.gives("weights") ? v.capture(() -> weights(form.weights())) : current.weights();
    if (java.util.stream.Stream.of(yearMin, yearMax, priceMax, instalmentMax, mileageMax, weights)
        .allMatch(java.util.Objects::nonNull)) {
      SearchCriteria.check(yearMin, yearMax, priceMax, instalmentMax, mileageMax, weights, v);
    }
    v.throwIfAny();
    SearchCriteria criteria =
        v.capture(
            () ->
                new SearchCriteria(
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
                    weights));
    v.throwIfAny();
    return criteria;
  }

  private static <T> T pick(
      PreferenceForm form,
      String field,
      T current,
      Violations v,
      Function<PreferenceForm, T> read) {
    return form.gives(field) ? v.capture(() -> read.apply(form)) : current;
  }

  private Set<CatalogueCode> codes(
      PreferenceForm form,
      String field,
      Attribute attribute,
      List<String> texts,
      Set<CatalogueCode> current,
      Violations v) {
    if (!form.gives(field)) {
      return current;
    }
    Set<CatalogueCode> codes = new LinkedHashSet<>();
    for (String text : list(texts)) {
      CatalogueCode code = v.capture(() -> CatalogueCode.parse(text, field));
      if (code != null) {
        codes.add(code);
      }
    }
    catalogue.check(attribute, field, codes, v);
    return codes;
  }

  private static Optional<Integer> whole(String text, String field) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      throw InvalidInput.of(field, "A valid integer is required.");
    }
  }

  private static Optional<Long> mileage(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw InvalidInput.of("mileage_max", "A valid integer is required.");
    }
  }

  private Optional<Money> money(String text, String field) {
    return text == null || text.isBlank()
        ? Optional.empty()
        : Optional.of(Money.parse(text.strip(), currency, field));
  }

  private static Set<Criterion> criteria(List<String> names) {
    Set<Criterion> set = EnumSet.noneOf(Criterion.class);
    names.forEach(name -> set.add(Criterion.parse(name, "required")));
    return set;
  }

  private static Map<Criterion, Integer> weights(Map<String, String> given) {
    Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
    Violations v = new Violations();
    (given == null ? Map.<String, String>of() : given)
        .forEach(
            (name, weight) -> {
              Criterion criterion = v.capture(() -> Criterion.parse(name, "weights"));
              Optional<Integer> value = v.capture(() -> whole(weight, "weights." + name));
              if (criterion != null && value != null && value.isPresent()) {
                weights.put(criterion, value.get());
              }
            });
    v.throwIfAny();
    return weights;
  }

  private static List<String> list(List<String> texts) {
    return texts == null ? List.of() : new ArrayList<>(texts);
  }
}

package dev.motorhub.application.contract;

import dev.motorhub.application.Store;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.matching.CatalogueEntryId;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.Money;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Catalogue values, saved searches and their criteria for the matching contracts. */
public final class MatchingFixtures {
  private MatchingFixtures() {}

  public static CatalogueEntry value(Attribute attribute, String code, String name) {
    return new CatalogueEntry(
        new CatalogueEntryId(Fixtures.nextId()), attribute, new CatalogueCode(code), name);
  }

  /**
   * A search for a sale of one of {@code brands} (required), 2015 to 2022, at most {@code price}
   * and 100,000 km, in Nairobi with an automatic transmission, silver, with the price weighing 3.
   */
  public static SearchCriteria saleOf(String price, String... brands) {
    return new SearchCriteria(
        Optional.of(TradeKind.SALE),
        Set.of(brands).stream()
            .map(CatalogueCode::new)
            .collect(java.util.stream.Collectors.toSet()),
        Set.of("corolla"),
        Optional.of(2015),
        Optional.of(2022),
        Optional.of(Money.of(price, "USD")),
        Optional.empty(),
        Optional.of(100_000L),
        Set.of(new CatalogueCode("nairobi")),
        Set.of(),
        Set.of(),
        Set.of(new CatalogueCode("automatic")),
        Set.of(new CatalogueCode("silver")),
        Set.of(Criterion.BRANDS, Criterion.TRADE_KIND),
        Map.of(Criterion.PRICE, 3));
  }

  /**
   * A search that asks only that the vehicle's location, body type, fuel, transmission or colour
   * ({@code criterion}) be {@code code}, required.
   */
  public static SearchCriteria requiring(Criterion criterion, String code) {
    Set<CatalogueCode> codes = Set.of(new CatalogueCode(code));
    return new SearchCriteria(
        Optional.empty(),
        Set.of(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        criterion == Criterion.LOCATIONS ? codes : Set.of(),
        criterion == Criterion.BODY_TYPES ? codes : Set.of(),
        criterion == Criterion.FUELS ? codes : Set.of(),
        criterion == Criterion.TRANSMISSIONS ? codes : Set.of(),
        criterion == Criterion.COLOURS ? codes : Set.of(),
        Set.of(criterion),
        Map.of());
  }

  public static Preference preference(UserId owner, String name, SearchCriteria criteria) {
    return Preference.save(
        new PreferenceId(Fixtures.nextId()), owner, name, criteria, Fixtures.at(1));
  }

  /** Olive, who sells, Bruno, who buys, and a sale and a lease service to trade under. */
  public record Market(User olive, User bruno, ServiceOffering sale, ServiceOffering lease) {}

  /** A {@link Market} stored in {@code store}, in one transaction. */
  public static Market market(Store store) {
    Market market =
        new Market(
            Fixtures.user("olive"),
            Fixtures.user("bruno"),
            MarketFixtures.service("sell", "Sale", "10.00"),
            MarketFixtures.lease("Lease"));
    store
        .transactions()
        .run(
            () -> {
              store.users().add(market.olive());
              store.users().add(market.bruno());
              store.services().add(market.sale());
              store.services().add(market.lease());
            });
    return market;
  }
}

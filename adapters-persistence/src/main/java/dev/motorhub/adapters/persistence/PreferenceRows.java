package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** A saved search as a row of {@code preferences}: its criteria in columns, sets as arrays. */
final class PreferenceRows implements RowMapper<Preference> {
  static final String COLUMNS =
      "id, owner_id, name, trade_kind, brands, models, year_min, year_max, price_max,"
          + " instalment_max, currency, mileage_max, locations, body_types, fuels, required,"
          + " weighted, weights, paused, notify_sms, created_at, updated_at, transmissions,"
          + " colours";

  @Override
  public Preference map(ResultSet rs, StatementContext ctx) throws SQLException {
    String currency = rs.getString("currency");
    Currency kept = currency == null ? null : Currency.getInstance(currency);
    List<String> weighted = texts(rs, "weighted");
    Integer[] weights = (Integer[]) rs.getArray("weights").getArray();
    Map<Criterion, Integer> byCriterion = new EnumMap<>(Criterion.class);
    for (int i = 0; i < weighted.size(); i++) {
      byCriterion.put(Criterion.parse(weighted.get(i), "weighted"), weights[i]);
    }
    Set<Criterion> required = EnumSet.noneOf(Criterion.class);
    texts(rs, "required").forEach(c -> required.add(Criterion.parse(c, "required")));
    SearchCriteria criteria =
        new SearchCriteria(
            Optional.ofNullable(rs.getString("trade_kind"))
                .map(k -> TradeKind.parse(k, "trade_kind")),
            codes(rs, "brands"),
            Set.copyOf(texts(rs, "models")),
            Optional.ofNullable((Integer) rs.getObject("year_min")),
            Optional.ofNullable((Integer) rs.getObject("year_max")),
            money(rs.getBigDecimal("price_max"), kept),
            money(rs.getBigDecimal("instalment_max"), kept),
            Optional.ofNullable((Long) rs.getObject("mileage_max")),
            codes(rs, "locations"),
            codes(rs, "body_types"),
            codes(rs, "fuels"),
            codes(rs, "transmissions"),
            codes(rs, "colours"),
            required,
            byCriterion);
    return new Preference(
        new PreferenceId(uuid(rs, "id")),
        new UserId(uuid(rs, "owner_id")),
        rs.getString("name"),
        criteria,
        rs.getBoolean("paused"),
        rs.getBoolean("notify_sms"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  /** Binds every column but the id and owner to {@code statement}. */
  <S extends SqlStatement<S>> S bind(S statement, Preference preference) {
    SearchCriteria c = preference.criteria();
    List<Criterion> weighted = new ArrayList<>(c.weights().keySet());
    return statement
        .bind("id", preference.id().value())
        .bind("owner", preference.owner().value())
        .bind("name", preference.name())
        .bindByType("tradeKind", c.tradeKind().map(TradeKind::wire).orElse(null), String.class)
        .bindArray("brands", String.class, codes(c.brands()))
        .bindArray("models", String.class, List.copyOf(c.models()))
        .bindByType("yearMin", c.yearMin().orElse(null), Integer.class)
        .bindByType("yearMax", c.yearMax().orElse(null), Integer.class)
        .bindByType("priceMax", amount(c.priceMax()), BigDecimal.class)
        .bindByType("instalmentMax", amount(c.instalmentMax()), BigDecimal.class)
        .bindByType(
            "currency",
            c.priceMax().or(c::instalmentMax).map(m -> m.currency().getCurrencyCode()).orElse(null),
            String.class)
        .bindByType("mileageMax", c.mileageMax().orElse(null), Long.class)
        .bindArray("locations", String.class, codes(c.locations()))
        .bindArray("bodyTypes", String.class, codes(c.bodyTypes()))
        .bindArray("fuels", String.class, codes(c.fuels()))
        .bindArray("transmissions", String.class, codes(c.transmissions()))
        .bindArray("colours", String.class, codes(c.colours()))
        .bindArray("required", String.class, c.required().stream().map(Criterion::wire).toList())
        .bindArray("weighted", String.class, weighted.stream().map(Criterion::wire).toList())
        .bindArray("weights", Integer.class, weighted.stream().map(c.weights()::get).toList())
        .bind("paused", preference.paused())
        .bind("notifySms", preference.notifySms())
        .bind("createdAt", preference.createdAt())
        .bind("updatedAt", preference.updatedAt());
  }

  static List<String> codes(Collection<CatalogueCode> codes) {
    return codes.stream().map(CatalogueCode::value).sorted().toList();
  }

  private static BigDecimal amount(Optional<Money> money) {
    return money.map(Money::amount).orElse(null);
  }

  private static Optional<Money> money(BigDecimal amount, Currency currency) {
    return Optional.ofNullable(amount).map(a -> new Money(a, currency));
  }

  private static List<String> texts(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return Arrays.asList((String[]) array.getArray());
  }

  private static Set<CatalogueCode> codes(ResultSet rs, String column) throws SQLException {
    return texts(rs, column).stream().map(CatalogueCode::new).collect(Collectors.toSet());
  }
}

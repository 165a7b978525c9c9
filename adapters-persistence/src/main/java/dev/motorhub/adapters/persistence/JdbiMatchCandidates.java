package dev.motorhub.adapters.persistence;

import dev.motorhub.application.matching.MatchCandidates;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Open trades of others with their vehicle, service kind and the owner's latest open offer (its
 * asking price), with the search's required criteria that indexed columns answer pushed into SQL:
 * trade kind, brand (the vehicle's brand as a catalogue code), model, year range, mileage ceiling,
 * a sale's price ceiling, the vehicle's location, body type, fuel and transmission (a vehicle that
 * records none fails a required one, as scoring has it), and its colour (as a code, as the brand).
 * Left to {@code MatchScoring} in Java: the weighted criteria and a lease's monthly instalment
 * (derived from the offer's terms).
 */
final class JdbiMatchCandidates implements MatchCandidates {
  private static final String BRAND_CODE =
      "regexp_replace(lower(v.brand), '[[:space:]-]+', '_', 'g')";
  private static final String COLOUR_CODE =
      "regexp_replace(lower(v.color), '[[:space:]-]+', '_', 'g')";

  /** The open trades with what scoring sees of them; {@link JdbiSearchesFitting} reads one. */
  static final String SELECT =
      "select "
          + TradeMapper.COLUMNS
          + ", "
          + VehicleMapper.COLUMNS
          + ", s.kind s_kind, a.amount a_amount, a.down_payment a_down, a.currency a_currency,"
          + " a.term_days a_term, a.payment_frequency a_frequency"
          + " from trades t join vehicles v on v.id = t.vehicle_id"
          + " join services s on s.id = t.service_id"
          + " left join lateral (select p.amount, p.down_payment, p.currency, p.term_days,"
          + " p.payment_frequency from proposals p where p.trade_id = t.id"
          + " and p.author_id = t.owner_id and p.status = 'pending' and p.addressee_id is null"
          + " order by p.id desc limit 1) a on true";

  private static final TradeMapper TRADES = new TradeMapper();
  private static final VehicleMapper VEHICLES = new VehicleMapper();

  static final RowMapper<MatchSubject> SUBJECTS =
      (rs, ctx) -> {
        Optional<ProposalTerms> asking = Optional.empty();
        BigDecimal amount = rs.getBigDecimal("a_amount");
        if (amount != null) {
          Currency currency = Currency.getInstance(rs.getString("a_currency"));
          asking =
              Optional.of(
                  new ProposalTerms(
                      new Money(amount, currency),
                      new Money(rs.getBigDecimal("a_down"), currency),
                      rs.getInt("a_term"),
                      PaymentFrequency.parse(rs.getString("a_frequency"), "payment_frequency")));
        }
        return MatchSubject.of(
            (Trade.Open) TRADES.map(rs, ctx),
            new ServiceKind(rs.getString("s_kind")),
            VEHICLES.map(rs, ctx),
            asking);
      };

  private final JdbiTransactions tx;

  JdbiMatchCandidates(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public List<MatchSubject> openFor(SearchCriteria criteria, UserId buyer) {
    Conditions where =
        new Conditions()
            .add("t.status = :open", "open", Optional.of("open"))
            .add("t.owner_id <> :buyer", "buyer", Optional.of(buyer.value()));
    if (criteria.isRequired(Criterion.TRADE_KIND)) {
      where.add(
          "s.kind = :kind",
          "kind",
          criteria
              .tradeKind()
              .map(k -> k == TradeKind.LEASE ? ServiceKind.LEASE : ServiceKind.SELL)
              .map(ServiceKind::value));
    }
    if (criteria.isRequired(Criterion.BRANDS) && criteria.sets(Criterion.BRANDS)) {
      where.add(
          BRAND_CODE + " = any(:brands)",
          "brands",
          Optional.of(PreferenceRows.codes(criteria.brands()).toArray(String[]::new)));
    }
    if (criteria.isRequired(Criterion.MODELS) && criteria.sets(Criterion.MODELS)) {
      where.add(
          "lower(v.model) = any(:models)",
          "models",
          Optional.of(criteria.models().toArray(String[]::new)));
    }
    if (criteria.isRequired(Criterion.YEAR)) {
      where.add("v.year >= :yearMin", "yearMin", criteria.yearMin());
      where.add("v.year <= :yearMax", "yearMax", criteria.yearMax());
    }
    if (criteria.isRequired(Criterion.MILEAGE)) {
      where.add("v.mileage <= :mileageMax", "mileageMax", criteria.mileageMax());
    }
    if (criteria.isRequired(Criterion.PRICE)) {
      where.add(
          "(s.kind = 'lease' or a.amount <= :priceMax)",
          "priceMax",
          criteria.priceMax().map(Money::amount));
    }
    among(where, criteria, Criterion.LOCATIONS, "location", criteria.locations());
    among(where, criteria, Criterion.BODY_TYPES, "body_type", criteria.bodyTypes());
    among(where, criteria, Criterion.FUELS, "fuel", criteria.fuels());
    among(where, criteria, Criterion.TRANSMISSIONS, "transmission", criteria.transmissions());
    if (criteria.isRequired(Criterion.COLOURS) && criteria.sets(Criterion.COLOURS)) {
      where.add(
          COLOUR_CODE + " = any(:colours)",
          "colours",
          Optional.of(PreferenceRows.codes(criteria.colours()).toArray(String[]::new)));
    }
    Map<String, Object> values = new HashMap<>(where.values());
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + where.where() + " order by t.id")
                .bindMap(values)
                .map(SUBJECTS)
                .list());
  }

  /**
   * One scan of {@code match_listings} (V025) for all the searches, each scored in SQL as {@code
   * MatchScoring} scores: a required criterion that applies must be told and fit; each weighted one
   * the trade can tell adds its weight when it fits and takes it away when it misses; the sum is
   * scaled to 0..100 and rounded half up (100 when nothing is weighted). The rounding is in whole
   * numbers: 50 + 50p/t + 1/2 is (101t + 100p) / 2t, which is positive, so integer division floors
   * it exactly as {@code Math.round} does (three times cheaper than numeric arithmetic). A row's
   * score is the best of the searches' (a search whose required criteria it misses gives none,
   * which {@code greatest} ignores).
   */
  @Override
  public List<Scored> bestOfAll(
      List<SearchCriteria> searches,
      UserId buyer,
      Set<UserId> hidden,
      int atLeast,
      Optional<After> after,
      int count) {
    if (searches.isEmpty()) {
      return List.of();
    }
    Map<String, Object> values = new HashMap<>();
    List<String> where = new ArrayList<>();
    where.add("l.owner_id <> :buyer");
    values.put("buyer", buyer.value());
    if (!hidden.isEmpty()) {
      where.add("l.owner_id <> all(cast(:hidden as uuid[]))");
      values.put("hidden", hidden.stream().map(u -> u.value().toString()).toArray(String[]::new));
    }
    List<String> scores = new ArrayList<>();
    for (int i = 0; i < searches.size(); i++) {
      Map<String, Object> own = new HashMap<>();
      String score = score(searches.get(i), own);
      String prefix = "s" + i + "_";
      for (Map.Entry<String, Object> value : own.entrySet()) {
        score = score.replace(":" + value.getKey() + ")", ":" + prefix + value.getKey() + ")");
        score = score.replace(":" + value.getKey() + " ", ":" + prefix + value.getKey() + " ");
        values.put(prefix + value.getKey(), value.getValue());
      }
      scores.add(score);
    }
    String best =
        scores.size() == 1 ? scores.getFirst() : "greatest(" + String.join(", ", scores) + ")";
    StringBuilder sql =
        new StringBuilder("select trade_id, score from (select l.trade_id, ")
            .append(best)
            .append(" score from match_listings l where ")
            .append(String.join(" and ", where))
            .append(") y where score >= :atLeast");
    values.put("atLeast", atLeast);
    after.ifPresent(
        a -> {
          sql.append(
              " and (score < :afterScore or score = :afterScore and trade_id > :afterTrade)");
          values.put("afterScore", a.score());
          values.put("afterTrade", a.trade());
        });
    sql.append(" order by score desc, trade_id limit :count");
    values.put("count", count);
    return tx.withHandle(
        h ->
            h.createQuery(sql.toString())
                .bindMap(values)
                .map(
                    (rs, ctx) ->
                        new Scored(
                            new TradeId(rs.getObject("trade_id", UUID.class)), rs.getInt("score")))
                .list());
  }

  /**
   * A row's score against {@code criteria}, null when it misses a required criterion; every value
   * it refers to put in {@code values} (each reference followed by a space or a parenthesis).
   */
  private static String score(SearchCriteria criteria, Map<String, Object> values) {
    List<String> required = new ArrayList<>();
    List<String> points = new ArrayList<>();
    List<String> total = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      if (!criteria.sets(criterion)) {
        continue;
      }
      Test test = test(criterion, criteria, values);
      String told = "(" + test.applies() + ") and (" + test.known() + ")";
      if (criteria.isRequired(criterion)) {
        required.add(
            "(not (" + test.applies() + ") or (" + test.known() + ") and (" + test.fits() + " ))");
      } else {
        int weight = criteria.weightOf(criterion);
        points.add(
            "case when "
                + told
                + " then case when "
                + test.fits()
                + " then "
                + weight
                + " else -"
                + weight
                + " end else 0 end");
        total.add("case when " + told + " then " + weight + " else 0 end");
      }
    }
    String p = "(" + String.join(" + ", points) + ")";
    String t = "(" + String.join(" + ", total) + ")";
    String score =
        points.isEmpty()
            ? "100"
            : "(case when "
                + t
                + " = 0 then 100 else (101 * "
                + t
                + " + 100 * "
                + p
                + ") / (2 * "
                + t
                + ") end)";
    return required.isEmpty()
        ? score
        : "(case when " + String.join(" and ", required) + " then " + score + " end)";
  }

  @Override
  public List<MatchSubject> subjects(Collection<TradeId> trades) {
    if (trades.isEmpty()) {
      return List.of();
    }
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where t.status = 'open' and t.id = any(cast(:ids as uuid[]))")
                .bind(
                    "ids",
                    trades.stream()
                        .map(t -> t.value().toString())
                        .distinct()
                        .toArray(String[]::new))
                .map(SUBJECTS)
                .list());
  }

  /** When a criterion applies to a trade, when the trade can tell it, and when it fits. */
  private record Test(String applies, String known, String fits) {}

  private static Test test(
      Criterion criterion, SearchCriteria criteria, Map<String, Object> values) {
    return switch (criterion) {
      case TRADE_KIND -> {
        values.put(
            "kind", criteria.tradeKind().orElseThrow() == TradeKind.LEASE ? "lease" : "sell");
        yield new Test("true", "true", "l.kind = :kind");
      }
      case BRANDS -> among(values, "brands", "l.brand_code", criteria.brands(), "true");
      case MODELS -> {
        values.put("models", criteria.models().toArray(String[]::new));
        yield new Test("true", "true", "l.model_key = any(:models)");
      }
      case YEAR -> {
        List<String> range = new ArrayList<>();
        criteria.yearMin().ifPresent(min -> range.add("l.year >= " + min));
        criteria.yearMax().ifPresent(max -> range.add("l.year <= " + max));
        yield new Test("true", "true", String.join(" and ", range));
      }
      case PRICE -> {
        values.put("priceMax", criteria.priceMax().orElseThrow().amount());
        yield new Test("not l.lease", "l.price is not null", "l.price <= :priceMax");
      }
      case INSTALMENT -> {
        values.put("instalmentMax", criteria.instalmentMax().orElseThrow().amount());
        yield new Test("l.lease", "l.instalment is not null", "l.instalment <= :instalmentMax");
      }
      case MILEAGE -> {
        values.put("mileageMax", criteria.mileageMax().orElseThrow());
        yield new Test("true", "true", "l.mileage <= :mileageMax");
      }
      case LOCATIONS -> among(values, "locations", "l.location", criteria.locations(), null);
      case BODY_TYPES -> among(values, "bodyTypes", "l.body_type", criteria.bodyTypes(), null);
      case FUELS -> among(values, "fuels", "l.fuel", criteria.fuels(), null);
      case TRANSMISSIONS ->
          among(values, "transmissions", "l.transmission", criteria.transmissions(), null);
      case COLOURS -> among(values, "colours", "l.colour_code", criteria.colours(), null);
    };
  }

  /**
   * That {@code column} is one of {@code codes}; told always when {@code known} is given (a brand
   * that makes no code misses), else when the column holds a value.
   */
  private static Test among(
      Map<String, Object> values,
      String name,
      String column,
      Set<CatalogueCode> codes,
      String known) {
    values.put(name, PreferenceRows.codes(codes).toArray(String[]::new));
    return new Test(
        "true",
        known == null ? column + " is not null" : known,
        "coalesce(" + column + " = any(:" + name + "), false)");
  }

  /**
   * That the vehicle's {@code column} is one of {@code codes}, when {@code criterion} is required.
   */
  private static void among(
      Conditions where,
      SearchCriteria criteria,
      Criterion criterion,
      String column,
      Set<CatalogueCode> codes) {
    if (criteria.isRequired(criterion) && criteria.sets(criterion)) {
      where.add(
          "v." + column + " = any(:" + column + ")",
          column,
          Optional.of(PreferenceRows.codes(codes).toArray(String[]::new)));
    }
  }
}

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
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  private static final MatchScoring SCORING = new MatchScoring();
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
   * One branch a search over {@code match_listings} (V025), each scoring as {@code MatchScoring}
   * scores, then each trade's best score of all. A branch reads only the rows that fit the search's
   * {@linkplain MatchScoring#decisive decisive criteria} (its required ones, and the weighted ones
   * whose miss alone scores under {@code atLeast}), which indexes answer, and scores them: each
   * weighted criterion the trade can tell adds its weight when it fits and takes it away when it
   * misses (a decisive one always fits); the sum is scaled to 0..100 and rounded half up (100 when
   * nothing is weighted), in whole numbers: 50 + 50p/t + 1/2 is (101t + 100p) / 2t, which is
   * positive, so integer division floors it exactly as {@code Math.round} does. On the first page
   * each branch keeps only its best {@code count}: a trade among the best {@code count} of all is
   * among the best {@code count} of the search it scores best on. After a cursor, a trade may rank
   * after it under one search and before it under another, so every branch is kept whole.
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
    String others = "l.owner_id <> :buyer";
    values.put("buyer", buyer.value());
    if (!hidden.isEmpty()) {
      others += " and l.owner_id <> all(cast(:hidden as uuid[]))";
      values.put("hidden", hidden.stream().map(u -> u.value().toString()).toArray(String[]::new));
    }
    values.put("atLeast", atLeast);
    values.put("count", count);
    List<String> branches = new ArrayList<>();
    for (int i = 0; i < searches.size(); i++) {
      SearchCriteria criteria = searches.get(i);
      Set<Criterion> decisive = SCORING.decisive(criteria, atLeast);
      Map<String, Object> own = new HashMap<>();
      Map<Criterion, Test> tests = tests(criteria, decisive, own);
      List<String> where = new ArrayList<>(List.of(others));
      tests.forEach(
          (criterion, test) -> {
            if (decisive.contains(criterion)) {
              mustFit(test, criteria.isRequired(criterion)).ifPresent(where::add);
            }
          });
      String branch =
          "select trade_id, score from (select l.trade_id, "
              + score(criteria, decisive, tests)
              + " score from match_listings l where "
              + String.join(" and ", where)
              + ") s where score >= :atLeast"
              + (after.isEmpty() ? " order by score desc, trade_id limit :count" : "");
      String prefix = "s" + i + "_";
      for (Map.Entry<String, Object> value : own.entrySet()) {
        branch = branch.replace(":" + value.getKey() + ")", ":" + prefix + value.getKey() + ")");
        branch = branch.replace(":" + value.getKey() + " ", ":" + prefix + value.getKey() + " ");
        values.put(prefix + value.getKey(), value.getValue());
      }
      branches.add("(" + branch + ")");
    }
    StringBuilder sql =
        new StringBuilder("select trade_id, score from (select trade_id, max(score) score from (")
            .append(String.join(" union all ", branches))
            .append(") b group by trade_id) y");
    after.ifPresent(
        a -> {
          sql.append(
              " where score < :afterScore or score = :afterScore and trade_id > :afterTrade");
          values.put("afterScore", a.score());
          values.put("afterTrade", a.trade());
        });
    sql.append(" order by score desc, trade_id limit :count");
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
   * That a row fits a decisive criterion: where it applies, a required one must be told and fit, a
   * weighted one must fit when told; empty when that holds of every row.
   */
  private static Optional<String> mustFit(Test test, boolean required) {
    if (test.applies().equals("false")) {
      return Optional.empty();
    }
    List<String> any = new ArrayList<>();
    if (!test.applies().equals("true")) {
      any.add("not (" + test.applies() + ")");
    }
    if (required && !test.known().equals("true")) {
      any.add("(" + test.known() + ") and (" + test.fits() + ")");
    } else {
      if (!test.known().equals("true")) {
        any.add("not (" + test.known() + ")");
      }
      any.add(test.fits());
    }
    return Optional.of("(" + String.join(" or ", any) + ")");
  }

  /**
   * A row's score against {@code criteria}, of a row that fits its {@code decisive} criteria: a
   * decisive weighted one counts its weight whenever told (it fits), the other weighted ones their
   * weight for or against them.
   */
  private static String score(
      SearchCriteria criteria, Set<Criterion> decisive, Map<Criterion, Test> tests) {
    List<String> points = new ArrayList<>();
    List<String> total = new ArrayList<>();
    tests.forEach(
        (criterion, test) -> {
          if (criteria.isRequired(criterion) || test.applies().equals("false")) {
            return;
          }
          int weight = criteria.weightOf(criterion);
          String told =
              Stream.of(test.applies(), test.known())
                  .filter(c -> !c.equals("true"))
                  .map(c -> "(" + c + ")")
                  .collect(Collectors.joining(" and "));
          String counted = told.isEmpty() ? String.valueOf(weight) : count(told, weight);
          total.add(counted);
          points.add(
              decisive.contains(criterion)
                  ? counted
                  : told.isEmpty()
                      ? "case when " + test.fits() + " then " + weight + " else -" + weight + " end"
                      : "case when "
                          + told
                          + " then case when "
                          + test.fits()
                          + " then "
                          + weight
                          + " else -"
                          + weight
                          + " end else 0 end");
        });
    if (points.equals(total)) {
      return "100"; // every weighted criterion told fits: all its points for, none against
    }
    String p = "(" + String.join(" + ", points) + ")";
    String t = "(" + String.join(" + ", total) + ")";
    return "(case when "
        + t
        + " = 0 then 100 else (101 * "
        + t
        + " + 100 * "
        + p
        + ") / (2 * "
        + t
        + ") end)";
  }

  private static String count(String when, int weight) {
    return "case when " + when + " then " + weight + " else 0 end";
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

  /**
   * When a criterion applies to a trade, when the trade can tell it, and when it fits (null counts
   * as not fitting); "true" and "false" when that holds of every row.
   */
  private record Test(String applies, String known, String fits) {}

  /**
   * The test of each criterion {@code criteria} sets, every value it refers to put in {@code
   * values} (each reference followed by a space or a parenthesis). A decisive trade kind pins
   * whether a price or an instalment ceiling applies.
   */
  private static Map<Criterion, Test> tests(
      SearchCriteria criteria, Set<Criterion> decisive, Map<String, Object> values) {
    Optional<Boolean> lease =
        decisive.contains(Criterion.TRADE_KIND)
            ? criteria.tradeKind().map(k -> k == TradeKind.LEASE)
            : Optional.empty();
    Map<Criterion, Test> tests = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      if (criteria.sets(criterion)) {
        tests.put(criterion, test(criterion, criteria, lease, values));
      }
    }
    return tests;
  }

  private static Test test(
      Criterion criterion,
      SearchCriteria criteria,
      Optional<Boolean> lease,
      Map<String, Object> values) {
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
        yield new Test(
            lease.map(l -> String.valueOf(!l)).orElse("not l.lease"),
            "l.price is not null",
            "l.price <= :priceMax");
      }
      case INSTALMENT -> {
        values.put("instalmentMax", criteria.instalmentMax().orElseThrow().amount());
        yield new Test(
            lease.map(String::valueOf).orElse("l.lease"),
            "l.instalment is not null",
            "l.instalment <= :instalmentMax");
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
        "true", known == null ? column + " is not null" : known, column + " = any(:" + name + ")");
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

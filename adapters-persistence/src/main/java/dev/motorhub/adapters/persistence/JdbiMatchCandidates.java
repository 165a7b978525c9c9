package dev.motorhub.adapters.persistence;

import dev.motorhub.application.matching.MatchCandidates;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

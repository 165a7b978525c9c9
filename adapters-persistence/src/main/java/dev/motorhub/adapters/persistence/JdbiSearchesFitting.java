package dev.motorhub.adapters.persistence;

import dev.motorhub.application.matching.SearchesFitting;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From a changed trade to the active searches of others it may fit, with the searches' required
 * criteria filtered in SQL over the columns V020, V023 and V024 derive from them, each one indexed
 * condition: the trade kind, the brand (as a code, a GIN index), the model, the vehicle's location,
 * body type, fuel, transmission and colour (GIN; a vehicle that records none passes no required
 * one), the year (a range, GiST), the mileage ceiling, and a sale's price or a lease's monthly
 * instalment ceiling (a price not asked yet passes none). Left to {@code MatchScoring} in Java: the
 * weighted criteria. A trade's subject is read as {@link JdbiMatchCandidates} reads it.
 */
final class JdbiSearchesFitting implements SearchesFitting {
  private static final String SELECT =
      "select " + PreferenceRows.COLUMNS + " from preferences where not paused";

  private final JdbiTransactions tx;
  private final PreferenceRows rows = new PreferenceRows();

  JdbiSearchesFitting(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<MatchSubject> subjectOf(TradeId trade) {
    return openSubject("t.id = :value", trade.value());
  }

  @Override
  public Optional<MatchSubject> subjectOfVehicle(VehicleId vehicle) {
    return openSubject("t.vehicle_id = :value", vehicle.value());
  }

  private Optional<MatchSubject> openSubject(String condition, Object value) {
    return Rows.one(
        tx,
        JdbiMatchCandidates.SELECT + " where t.status = 'open' and " + condition,
        value,
        JdbiMatchCandidates.SUBJECTS);
  }

  @Override
  public List<Preference> forTrade(MatchSubject subject) {
    VehicleDetails vehicle = subject.vehicle().details();
    ServiceKind kind = subject.kind();
    List<String> kinds = new ArrayList<>(List.of("*"));
    if (kind.isLease()) {
      kinds.add("lease");
    } else if (kind.equals(ServiceKind.SELL)) {
      kinds.add("sale");
    }
    StringBuilder sql =
        new StringBuilder(SELECT)
            .append(" and owner_id <> :owner and req_trade_kind = any(:kinds)")
            .append(" and req_brands && cast(:brands as text[])")
            .append(" and req_models && cast(:models as text[])")
            .append(" and req_locations && cast(:locations as text[])")
            .append(" and req_body_types && cast(:bodyTypes as text[])")
            .append(" and req_fuels && cast(:fuels as text[])")
            .append(" and req_transmissions && cast(:transmissions as text[])")
            .append(" and req_colours && cast(:colours as text[])")
            .append(" and req_years @> :year")
            .append(" and (req_mileage_max is null or req_mileage_max >= :mileage)");
    // A ceiling applies to its own kind of trade only; a price not asked yet passes none.
    Optional<Money> asked = kind.isLease() ? subject.monthlyInstalment() : subject.price();
    String ceiling = kind.isLease() ? "req_instalment_max" : "req_price_max";
    sql.append(" and (")
        .append(ceiling)
        .append(" is null")
        .append(asked.isPresent() ? " or " + ceiling + " >= :asked)" : ")");
    sql.append(" order by id");
    return tx.withHandle(
        h ->
            h.createQuery(sql.toString())
                .bind("owner", subject.trade().owner().value())
                .bindArray("kinds", String.class, kinds)
                .bindArray("brands", String.class, anyOr(CatalogueCode.of(vehicle.brand())))
                .bindArray(
                    "models", String.class, List.of("*", SearchCriteria.model(vehicle.model())))
                .bindArray("locations", String.class, anyOr(subject.location()))
                .bindArray("bodyTypes", String.class, anyOr(subject.bodyType()))
                .bindArray("fuels", String.class, anyOr(subject.fuel()))
                .bindArray("transmissions", String.class, anyOr(subject.transmission()))
                .bindArray("colours", String.class, anyOr(subject.colour()))
                .bind("year", vehicle.year())
                .bind("mileage", vehicle.mileage())
                .bind("asked", asked.map(Money::amount).orElse(null))
                .map(rows)
                .list());
  }

  /** What a search's code list must share with the vehicle's: none asked ('*'), or its code. */
  private static List<String> anyOr(Optional<CatalogueCode> code) {
    List<String> codes = new ArrayList<>(List.of("*"));
    code.ifPresent(c -> codes.add(c.value()));
    return codes;
  }
}

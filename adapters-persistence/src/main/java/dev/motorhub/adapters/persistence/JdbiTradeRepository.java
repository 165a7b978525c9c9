package dev.motorhub.adapters.persistence;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.marketplace.TradeFilter;
import dev.motorhub.application.marketplace.TradeListing;
import dev.motorhub.application.marketplace.TradeRepository;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Map;
import java.util.Optional;

/**
 * Trades in {@code trades}: a partial unique index keeps one open trade per vehicle; a change names
 * the version it was made on; {@link #lock} takes the row lock that orders a trade's changes.
 */
final class JdbiTradeRepository implements TradeRepository {
  private static final TradeMapper TRADES = new TradeMapper();
  private static final String SELECT = "select " + TradeMapper.COLUMNS + " from trades t";
  private static final VehicleMapper VEHICLES = new VehicleMapper();

  /** Open trades with their vehicle and service, for browsing. */
  private static final KeysetPages<TradeListing> LISTINGS =
      new KeysetPages<>(
          "select "
              + TradeMapper.COLUMNS
              + ", "
              + VehicleMapper.COLUMNS
              + ", "
              + JdbiServiceRepository.COLUMNS
              + " from trades t join vehicles v on v.id = t.vehicle_id"
              + " join services s on s.id = t.service_id",
          "t.id",
          (rs, ctx) ->
              new TradeListing(
                  TRADES.map(rs, ctx),
                  VEHICLES.map(rs, ctx),
                  JdbiServiceRepository.SERVICES.map(rs, ctx)),
          listing -> listing.trade().id().value());

  private final JdbiTransactions tx;

  JdbiTradeRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Trade.Open trade) {
    ReferencedRows.requireExisting(
        Map.of("trades_service_fk", "Service", "trades_vehicle_fk", "Vehicle"),
        () ->
            UniqueViolations.guard(
                () ->
                    tx.withHandle(
                        h ->
                            TradeMapper.bindState(
                                    h.createUpdate(
                                        """
                                insert into trades (id, vehicle_id, owner_id, service_id, status,
                                  opened_at, accepted_proposal_id, buyer_id, ended_at, handover,
                                  handed_over_at, handed_over_by, version)
                                values (:id, :vehicle, :owner, :service, :status, :openedAt,
                                  :accepted, :buyer, :endedAt, :handover, :handedOverAt,
                                  :handedOverBy, :version)"""),
                                    trade)
                                .bind("id", trade.id().value())
                                .bind("vehicle", trade.vehicle().value())
                                .bind("owner", trade.owner().value())
                                .bind("service", trade.service().value())
                                .bind("openedAt", trade.openedAt())
                                .bind("version", trade.version())
                                .execute())));
  }

  @Override
  public Trade update(Trade trade) {
    int updated =
        tx.withHandle(
            h ->
                TradeMapper.bindState(
                        h.createUpdate(
                            """
                            update trades set status = :status, accepted_proposal_id = :accepted,
                              buyer_id = :buyer, ended_at = :endedAt, handover = :handover,
                              handed_over_at = :handedOverAt, handed_over_by = :handedOverBy,
                              version = version + 1
                            where id = :id and version = :version"""),
                        trade)
                    .bind("id", trade.id().value())
                    .bind("version", trade.version())
                    .execute());
    if (updated == 0) {
      throw Rows.exists(tx, "trades", trade.id().value())
          ? StoreConflict.STALE_TRADE.conflict()
          : new NotFound("Trade");
    }
    return trade.nextVersion();
  }

  @Override
  public Optional<Trade> findById(TradeId id) {
    return find(id, "");
  }

  @Override
  public Optional<Trade> lock(TradeId id) {
    return find(id, " for update");
  }

  private Optional<Trade> find(TradeId id, String lock) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where t.id = :id" + lock)
                .bind("id", id.value())
                .map(TRADES)
                .findOne());
  }

  @Override
  public Page<TradeListing> search(TradeFilter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .add("t.status = :status", "status", filter.status())
            .add("t.owner_id = :owner", "owner", filter.owner().map(o -> o.value()))
            .add("t.service_id = :service", "service", filter.service().map(s -> s.value()))
            .add("s.kind = :kind", "kind", filter.kind().map(k -> k.value()))
            .like("v.brand", "brand", filter.brand())
            .like("v.model", "model", filter.model())
            .add("v.year >= :yearFrom", "yearFrom", filter.yearFrom())
            .add("v.year <= :yearTo", "yearTo", filter.yearTo())
            .add(
                "(t.owner_id = :party or t.buyer_id = :party)",
                "party",
                filter.party().map(p -> p.value()));
    return LISTINGS.page(tx, where, page);
  }
}

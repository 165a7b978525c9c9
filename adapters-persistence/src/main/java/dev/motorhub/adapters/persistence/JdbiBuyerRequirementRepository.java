package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.marketplace.BuyerRequirementRepository;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What trades ask of buyers, in {@code trade_buyer_requirements}: a trade without a row asks
 * nothing.
 */
final class JdbiBuyerRequirementRepository implements BuyerRequirementRepository {
  private final JdbiTransactions tx;

  JdbiBuyerRequirementRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public BuyerRequirements of(TradeId trade) {
    return ofTrades(List.of(trade)).get(trade);
  }

  @Override
  public Map<TradeId, BuyerRequirements> ofTrades(Collection<TradeId> trades) {
    Map<TradeId, BuyerRequirements> asked = new HashMap<>();
    trades.forEach(t -> asked.put(t, BuyerRequirements.NONE));
    if (trades.isEmpty()) {
      return asked;
    }
    tx.withHandle(
            h ->
                h.createQuery(
                        """
                        select trade_id, verified_phone, card_on_file, no_cancelled_deals
                        from trade_buyer_requirements where trade_id = any(:ids)""")
                    .bindArray(
                        "ids", UUID.class, trades.stream().map(TradeId::value).distinct().toList())
                    .map(
                        (rs, ctx) ->
                            Map.entry(
                                new TradeId(uuid(rs, "trade_id")),
                                new BuyerRequirements(
                                    rs.getBoolean("verified_phone"),
                                    rs.getBoolean("card_on_file"),
                                    rs.getBoolean("no_cancelled_deals"))))
                    .list())
        .forEach(e -> asked.put(e.getKey(), e.getValue()));
    return asked;
  }

  @Override
  public void put(TradeId trade, BuyerRequirements r, Instant at) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into trade_buyer_requirements
                      (trade_id, verified_phone, card_on_file, no_cancelled_deals, updated_at)
                    values (:trade, :phone, :card, :deals, :at)
                    on conflict (trade_id) do update set verified_phone = excluded.verified_phone,
                      card_on_file = excluded.card_on_file,
                      no_cancelled_deals = excluded.no_cancelled_deals,
                      updated_at = excluded.updated_at""")
                .bind("trade", trade.value())
                .bind("phone", r.verifiedPhone())
                .bind("card", r.cardOnFile())
                .bind("deals", r.noCancelledDeals())
                .bind("at", at)
                .execute());
  }
}

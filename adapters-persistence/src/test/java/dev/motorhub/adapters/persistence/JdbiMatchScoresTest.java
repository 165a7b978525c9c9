package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.Fixtures;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.contract.MarketFixtures;
import dev.motorhub.application.contract.MatchScoresContract;
import dev.motorhub.application.contract.MatchingFixtures;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The scores contract of {@code MatchCandidates} on PostgreSQL, and that its narrow table of open
 * trades (V025's {@code match_listings}) follows every write to trades, offers and vehicles.
 */
class JdbiMatchScoresTest extends MatchScoresContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }

  private static Optional<Map<String, Object>> listing(Trade trade) {
    return Jdbi.create(PostgresTestDatabase.url())
        .withHandle(
            h ->
                h.createQuery("select * from match_listings where trade_id = :id")
                    .bind("id", trade.id().value())
                    .mapToMap()
                    .findOne());
  }

  private Trade.Open openCorolla(String plate) {
    MatchingFixtures.Market market = MatchingFixtures.market(store);
    Vehicle car = GarageFixtures.vehicle(market.olive().id(), "Toyota", "Corolla", 2019, plate);
    Trade.Open trade = MarketFixtures.trade(car, market.lease(), Fixtures.at(1));
    runTx(
        () -> {
          store.vehicles().add(car);
          store.trades().add(trade);
        });
    return trade;
  }

  @Test
  void anOpenedTrade_isListed_andOffersPostedWithdrawnAndExpired_setItsPrice() {
    openEmptyStore();
    Trade.Open trade = openCorolla("KLS 001L");
    assertThat(listing(trade)).hasValueSatisfying(row -> assertThat(row.get("price")).isNull());

    Proposal.Pending first = MarketFixtures.offer(trade, "1000.00", Fixtures.at(2));
    Proposal.Pending latest = MarketFixtures.offer(trade, "2000.00", Fixtures.at(3));
    runTx(() -> store.proposals().add(first));
    runTx(() -> store.proposals().add(latest));
    // 2,000 less a tenth down over twelve months: 150.00; 1,000 likewise: 75.00.
    assertThat(listing(trade).orElseThrow())
        .containsEntry("price", new BigDecimal("2000.00"))
        .containsEntry("instalment", new BigDecimal("150.00"))
        .containsEntry("lease", true);

    runTx(() -> store.proposals().update(latest.withdraw(trade.owner(), Fixtures.at(4))));
    assertThat(listing(trade).orElseThrow())
        .containsEntry("price", new BigDecimal("1000.00"))
        .containsEntry("instalment", new BigDecimal("75.00"));

    runTx(
        () ->
            store
                .proposals()
                .update(
                    first.expire(
                        Fixtures.at(2).plus(MarketFixtures.STANDS).plus(Duration.ofMinutes(1)))));
    assertThat(listing(trade).orElseThrow()).containsEntry("price", null);
  }

  @Test
  void anAcceptedOffer_closingTheTrade_unlistsIt() {
    openEmptyStore();
    Trade.Open trade = openCorolla("KLS 002L");
    Proposal.Pending offer = MarketFixtures.offer(trade, "1000.00", Fixtures.at(2));
    runTx(() -> store.proposals().add(offer));
    var buyer = Fixtures.user("carla");
    runTx(
        () -> {
          store.users().add(buyer);
          store.proposals().update(offer.accept(buyer.id(), trade, Fixtures.at(3)));
          store
              .trades()
              .update(
                  MarketFixtures.closed(
                      trade,
                      offer.offer().id(),
                      buyer.id(),
                      Fixtures.at(3),
                      new Handover.Pending()));
        });

    assertThat(listing(trade)).isEmpty();
  }

  @Test
  void aCancelledTrade_isUnlisted() {
    openEmptyStore();
    Trade.Open trade = openCorolla("KLS 003L");

    runTx(() -> store.trades().update(MarketFixtures.cancelled(trade, Fixtures.at(5))));

    assertThat(listing(trade)).isEmpty();
  }

  @Test
  void aChangedVehicle_changesItsListing() {
    openEmptyStore();
    Trade.Open trade = openCorolla("KLS 004L");
    Vehicle car =
        store
            .transactions()
            .inTransaction(() -> store.vehicles().findById(trade.vehicle()).orElseThrow());
    VehicleDetails was = car.details();
    VehicleDetails now =
        new VehicleDetails(
            " Land Rover",
            " Defender ",
            2021,
            "Pearl White",
            was.plate(),
            was.vin(),
            12_345L,
            was.notes(),
            was.attributes());

    runTx(
        () ->
            store
                .vehicles()
                .update(car.withDetails(now, java.time.LocalDate.of(2026, 1, 1), Fixtures.at(9))));

    assertThat(listing(trade).orElseThrow())
        .containsEntry("brand_code", "land_rover")
        .containsEntry("model_key", "defender")
        .containsEntry("year", 2021)
        .containsEntry("mileage", 12_345L)
        .containsEntry("colour_code", "pearl_white");
  }
}

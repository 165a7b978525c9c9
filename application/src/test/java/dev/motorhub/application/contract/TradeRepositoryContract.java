package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static dev.motorhub.application.contract.MarketFixtures.cancelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.marketplace.TradeFilter;
import dev.motorhub.application.marketplace.TradeListing;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@code TradeRepository} keeps: trades in each state, one open trade per vehicle,
 * versions that refuse stale changes, and locks that order a trade's changes.
 */
public abstract class TradeRepositoryContract extends MarketContract {
  private static final String STALE = "The trade was changed meanwhile; reload it and try again.";
  private static final String ON_MARKET = "This vehicle is on the marketplace already.";

  @Test
  void anOpenTrade_isFoundWithEveryField_andLocked() {
    Trade.Open trade = openTrade(car, lease, at(3));

    assertThat(inTx(() -> store.trades().findById(trade.id()))).contains(trade);
    assertThat(inTx(() -> store.trades().lock(trade.id()))).contains(trade);
  }

  @Test
  void aClosedTrade_isFoundWithEveryField_atTheVersionUpdateReturned() {
    Trade.Open trade = openTrade();
    Proposal.Pending offer = stored(MarketFixtures.offer(trade, "12000.00", at(1)));
    Trade.Closed closed =
        trade.accept(offer, bob.id(), lease.kind(), List.of(offer), at(2)).trade();

    Trade returned = inTx(() -> store.trades().update(closed));

    assertThat(returned).isEqualTo(closed.nextVersion());
    assertThat(inTx(() -> store.trades().findById(trade.id()))).contains(returned);
  }

  @Test
  void aCancelledTrade_isFoundWithEveryField_atTheVersionUpdateReturned() {
    Trade.Open trade = openTrade();
    Trade.Cancelled cancelled = cancelled(trade, at(4));

    Trade returned = inTx(() -> store.trades().update(cancelled));

    assertThat(returned).isEqualTo(cancelled.nextVersion());
    assertThat(inTx(() -> store.trades().lock(trade.id()))).contains(returned);
  }

  @Test
  void anUnknownTrade_isNotFound() {
    openTrade();
    TradeId unknown = new TradeId(Fixtures.nextId());

    assertThat(inTx(() -> store.trades().findById(unknown))).isEmpty();
    assertThat(inTx(() -> store.trades().lock(unknown))).isEmpty();
  }

  @Test
  void update_onAStaleCopy_isAConflict_andChangesNothing() {
    Trade.Open trade = openTrade();
    Proposal.Pending offer = stored(MarketFixtures.offer(trade, "12000.00", at(1)));
    Trade accepted =
        inTx(
            () ->
                store
                    .trades()
                    .update(trade.accept(offer, bob.id(), lease.kind(), List.of(), at(2)).trade()));

    assertConflict(() -> store.trades().update(cancelled(trade, at(3))), "", STALE);
    assertThat(inTx(() -> store.trades().findById(trade.id()))).contains(accepted);
  }

  @Test
  void aSecondOpenTradeOfAVehicle_isAConflictOnTheVehicle_evenUnderAnotherService() {
    ServiceOffering sale = MarketFixtures.service("sell", "Quick sale", "10.00");
    runTx(() -> store.services().add(sale));
    openTrade();
    Trade.Open second = MarketFixtures.trade(car, sale, at(1));

    assertConflict(() -> store.trades().add(second), "vehicle_id", ON_MARKET);
    assertThat(inTx(() -> store.trades().findById(second.id()))).isEmpty();
  }

  @Test
  void aTradeOfAServiceOrVehicleThatIsGone_isNotFound_andNotStored() {
    ServiceOffering gone = MarketFixtures.lease("Withdrawn lease");
    Vehicle scrapped = GarageFixtures.vehicle(alice.id(), "Lada", "Niva", 1990, "KCZ 999Z");

    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> openTrade(car, gone, at(1)))
        .withMessage("Service not found.");
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> openTrade(scrapped, lease, at(2)))
        .withMessage("Vehicle not found.");
    assertThat(
            inTx(() -> store.trades().search(new TradeFilters().build(), PageRequest.first(10)))
                .items())
        .isEmpty();
  }

  @Test
  void aCancelledOrClosedTrade_leavesTheVehicleFreeToTradeAgain() {
    Trade.Open first = openTrade();
    runTx(() -> store.trades().update(cancelled(first, at(1))));
    Trade.Open second = openTrade(car, lease, at(2));
    Proposal.Pending offer = stored(MarketFixtures.offer(second, "12000.00", at(3)));
    runTx(
        () ->
            store
                .trades()
                .update(second.accept(offer, bob.id(), lease.kind(), List.of(), at(4)).trade()));

    Trade.Open third = openTrade(car, lease, at(5));

    assertThat(inTx(() -> store.trades().findById(third.id()))).contains(third);
  }

  @Test
  void concurrentOpeningsOfOneVehicle_letExactlyOneIn() throws Exception {
    List<Boolean> opened =
        Rivals.race(
            4,
            i ->
                () -> {
                  try {
                    runTx(() -> store.trades().add(MarketFixtures.trade(car, lease, at(i))));
                    return true;
                  } catch (Conflict taken) {
                    return false;
                  }
                });

    assertThat(opened).containsOnlyOnce(true);
    assertThat(search(new TradeFilters().status("open"))).hasSize(1);
  }

  @Test
  void lock_letsConcurrentChangesOfATradeGoOneAtATime() throws Exception {
    Trade.Open trade = openTrade();

    List<Boolean> cancelledIt =
        Rivals.race(
            4,
            i ->
                () ->
                    inTx(
                        () -> {
                          if (store.trades().lock(trade.id()).orElseThrow()
                              instanceof Trade.Open open) {
                            store.trades().update(cancelled(open, at(i)));
                            return true;
                          }
                          return false;
                        }));

    assertThat(cancelledIt).containsOnlyOnce(true);
    assertThat(inTx(() -> store.trades().findById(trade.id())))
        .hasValueSatisfying(t -> assertThat(t.version()).isEqualTo(1));
  }

  @Test
  void search_withoutFilter_isEveryTrade_withItsVehicleAndService_inIdOrder() {
    List<TradeListing> market = fourTrades();

    assertThat(search(new TradeFilters())).containsExactlyElementsOf(market);
  }

  @Test
  void search_byStatus_isTheTradesInThatState() {
    List<TradeListing> market = fourTrades();

    assertThat(search(new TradeFilters().status("open")))
        .containsExactly(market.get(0), market.get(3));
    assertThat(inTx(() -> store.trades().search(TradeFilter.open(), PageRequest.first(10))).items())
        .containsExactly(market.get(0), market.get(3));
    assertThat(search(new TradeFilters().status("closed"))).containsExactly(market.get(1));
    assertThat(search(new TradeFilters().status("cancelled"))).containsExactly(market.get(2));
  }

  @Test
  void search_byOwner_byService_orByKind() {
    List<TradeListing> market = fourTrades();

    assertThat(search(new TradeFilters().owner(bob))).containsExactly(market.get(2), market.get(3));
    assertThat(search(new TradeFilters().service(lease)))
        .containsExactly(market.get(0), market.get(2));
    assertThat(search(new TradeFilters().kind("sell")))
        .containsExactly(market.get(1), market.get(3));
    assertThat(search(new TradeFilters().kind("rent"))).isEmpty();
  }

  @Test
  void search_byParty_isTheTradesTheUserOwnsOrBought() {
    List<TradeListing> market = fourTrades();

    assertThat(search(new TradeFilters().party(carol))).containsExactly(market.get(1));
    assertThat(search(new TradeFilters().party(alice)))
        .containsExactly(market.get(0), market.get(1));
    assertThat(search(new TradeFilters().party(bob).status("cancelled")))
        .containsExactly(market.get(2));
  }

  @Test
  void search_byBrandOrModel_matchesAnyPartInAnyCase() {
    List<TradeListing> market = fourTrades();

    assertThat(search(new TradeFilters().brand("TOYO")))
        .containsExactly(market.get(0), market.get(2));
    assertThat(search(new TradeFilters().model("av4"))).containsExactly(market.get(2));
    assertThat(search(new TradeFilters().brand("benz"))).containsExactly(market.get(3));
    assertThat(search(new TradeFilters().brand("rover").model("DEF")))
        .containsExactly(market.get(1));
    assertThat(search(new TradeFilters().brand("%"))).isEmpty();
  }

  @Test
  void search_byYears_isWithinTheRange_boundsIncluded() {
    List<TradeListing> market = fourTrades();

    assertThat(search(new TradeFilters().years(2020, null)))
        .containsExactly(market.get(1), market.get(2));
    assertThat(search(new TradeFilters().years(null, 2019)))
        .containsExactly(market.get(0), market.get(3));
    assertThat(search(new TradeFilters().years(2019, 2020)))
        .containsExactly(market.get(0), market.get(1));
    assertThat(search(new TradeFilters().years(2021, 2021))).containsExactly(market.get(2));
    assertThat(search(new TradeFilters().years(2022, null))).isEmpty();
  }

  @Test
  void search_combinesEveryFilter() {
    List<TradeListing> market = fourTrades();
    TradeFilters rav4 =
        new TradeFilters()
            .owner(bob)
            .service(lease)
            .kind("lease")
            .brand("toyota")
            .model("RAV")
            .years(2021, 2021);

    assertThat(search(rav4.status("cancelled"))).containsExactly(market.get(2));
    assertThat(search(rav4.status("open"))).isEmpty();
  }

  @Test
  void search_pagesThroughTheMatchesOnlyWithCursors() {
    List<TradeListing> market = fourTrades();
    TradeFilter upTo2020 = new TradeFilters().years(null, 2020).build();

    Page<TradeListing> first = inTx(() -> store.trades().search(upTo2020, PageRequest.first(2)));
    Page<TradeListing> second =
        inTx(() -> store.trades().search(upTo2020, Fixtures.nextPage(first, 2)));

    assertThat(first.items()).containsExactly(market.get(0), market.get(1));
    assertThat(second.items()).containsExactly(market.get(3));
    assertThat(second.nextCursor()).isEmpty();
  }

  /**
   * In id order: alice's Corolla (2019) open under the lease, her Defender (2020) closed under a
   * sale, bob's RAV4 (2021) cancelled under the lease, his C 200 (2017) open under the sale.
   */
  private List<TradeListing> fourTrades() {
    ServiceOffering sale = MarketFixtures.service("sell", "Quick sale", "10.00");
    Vehicle defender =
        GarageFixtures.vehicle(alice.id(), "Land Rover", "Defender", 2020, "KCB 002B");
    Vehicle rav4 = GarageFixtures.vehicle(bob.id(), "toyota", "RAV4", 2021, "KCB 003C");
    Vehicle benz = GarageFixtures.vehicle(bob.id(), "Mercedes-Benz", "C 200", 2017, "KCC 004D");
    runTx(
        () -> {
          store.services().add(sale);
          List.of(defender, rav4, benz).forEach(store.vehicles()::add);
        });
    Trade.Open first = openTrade(car, lease, at(1));
    Trade.Open second = openTrade(defender, sale, at(2));
    Trade.Open third = openTrade(rav4, lease, at(3));
    Trade.Open fourth = openTrade(benz, sale, at(4));
    Proposal.Pending offer = stored(MarketFixtures.offer(second, "30000.00", at(5)));
    Trade closed =
        inTx(
            () ->
                store
                    .trades()
                    .update(
                        second
                            .accept(offer, carol.id(), sale.kind(), List.of(offer), at(6))
                            .trade()));
    Trade cancelled = inTx(() -> store.trades().update(cancelled(third, at(7))));
    return List.of(
        new TradeListing(first, car, lease),
        new TradeListing(closed, defender, sale),
        new TradeListing(cancelled, rav4, lease),
        new TradeListing(fourth, benz, sale));
  }

  private List<TradeListing> search(TradeFilters filter) {
    return inTx(() -> store.trades().search(filter.build(), PageRequest.first(100))).items();
  }
}

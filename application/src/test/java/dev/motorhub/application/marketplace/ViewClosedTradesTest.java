package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestFilters.trades;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestFilters;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closed and cancelled trades are for those they concern and for staff, nobody else. */
class ViewClosedTradesTest {
  private final TestTrading market = TestTrading.start();
  private Trade camry;
  private Trade civic;
  private Trade landCruiser;

  @BeforeEach
  void carlaBoughtOlivesCivic_andBrunoWithdrewHisLandCruiser() {
    camry = market.trade(market.olive, "Toyota", "Camry", 2021, market.lease);
    civic = market.trade(market.olive, "Honda", "Civic", 2018, market.sale);
    landCruiser = market.trade(market.bruno, "Toyota", "Land Cruiser", 2015, market.sale);
    market.accept(market.carla, market.offer(market.olive, civic, "9000.00"));
    market.offer(market.bruno, landCruiser, "30000.00");
    market.cancel(market.bruno, landCruiser);
  }

  private TradeListing get(Principal who, Trade trade) {
    return market.motorhub.marketplace().viewTrades().get(who, trade.id());
  }

  private List<TradeId> search(Principal who, TestFilters filter) {
    return market
        .motorhub
        .marketplace()
        .viewTrades()
        .search(who, filter.build(), PageRequest.first(100))
        .items()
        .stream()
        .map(listing -> listing.trade().id())
        .toList();
  }

  @Test
  void aClosedTrade_isForItsOwner_itsBuyer_andStaff() {
    for (Principal who : List.of(market.olive, market.carla, market.staff)) {
      assertThat(get(who, civic).trade())
          .isInstanceOfSatisfying(
              Trade.Closed.class,
              closed -> assertThat(closed.buyer()).isEqualTo(market.carla.actor().id()));
    }
    assertThat(refused(NotFound.class, () -> get(market.bruno, civic)))
        .hasMessage("Trade not found.");
  }

  @Test
  void aCancelledTrade_isForItsOwner_andStaff() {
    assertThat(get(market.bruno, landCruiser).trade()).isInstanceOf(Trade.Cancelled.class);
    assertThat(get(market.staff, landCruiser).trade()).isInstanceOf(Trade.Cancelled.class);
    refused(NotFound.class, () -> get(market.olive, landCruiser));
    refused(NotFound.class, () -> get(market.carla, landCruiser));
  }

  @Test
  void aCustomerListingClosedOrCancelledTrades_getsOnlyTheirOwn() {
    market.cancel(market.olive, camry);

    assertThat(search(market.olive, trades().status("closed"))).containsExactly(civic.id());
    assertThat(search(market.bruno, trades().status("closed"))).isEmpty();
    assertThat(search(market.bruno, trades().status("cancelled")))
        .containsExactly(landCruiser.id());
    assertThat(search(market.olive, trades().status("cancelled"))).containsExactly(camry.id());
    assertThat(search(market.olive, trades().status(null))).containsExactly(camry.id(), civic.id());
  }

  @Test
  void askingForAnothersClosedTrades_showsACustomerNoneOfThem() {
    assertThat(search(market.olive, trades().status("cancelled").owner(market.bruno.actor().id())))
        .doesNotContain(landCruiser.id());
    assertThat(search(market.carla, trades().status("closed").owner(market.olive.actor().id())))
        .doesNotContain(civic.id());
  }

  @Test
  void staffList_everyClosedOrCancelledTrade() {
    market.cancel(market.olive, camry);

    assertThat(search(market.staff, trades().status("closed"))).containsExactly(civic.id());
    assertThat(search(market.staff, trades().status("cancelled")))
        .containsExactly(camry.id(), landCruiser.id());
    assertThat(search(market.staff, trades().status(null)))
        .containsExactly(camry.id(), civic.id(), landCruiser.id());
  }
}

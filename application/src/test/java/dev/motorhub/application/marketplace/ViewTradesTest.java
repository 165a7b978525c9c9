package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestFilters.trades;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestFilters;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Everyone signed in browses the open trades, filtered by vehicle, service and owner. */
class ViewTradesTest {
  private final TestTrading market = TestTrading.start();
  private Trade camry;
  private Trade civic;
  private Trade landCruiser;

  @BeforeEach
  void threeVehiclesAreOnTheMarket() {
    camry = market.trade(market.olive, "Toyota", "Camry Hybrid", 2021, market.lease);
    civic = market.trade(market.olive, "Honda", "Civic", 2018, market.sale);
    landCruiser = market.trade(market.bruno, "Toyota", "Land Cruiser", 2015, market.sale);
  }

  private List<TradeId> search(Principal who, TestFilters filter) {
    return page(who, filter.build(), PageRequest.first(100)).items().stream()
        .map(listing -> listing.trade().id())
        .toList();
  }

  private Page<TradeListing> page(Principal who, TradeFilter filter, PageRequest page) {
    return market.motorhub.marketplace().viewTrades().search(who, filter, page);
  }

  @Test
  void everyoneSignedIn_browsesTheOpenTrades_withTheirVehiclesAndServices() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    for (Principal who : List.of(market.carla, mechanic, market.staff)) {
      assertThat(search(who, trades())).containsExactly(camry.id(), civic.id(), landCruiser.id());
    }
    TradeListing listing = market.motorhub.marketplace().viewTrades().get(market.carla, camry.id());
    assertThat(listing.trade()).isEqualTo(camry);
    assertThat(listing.vehicle().details().model()).isEqualTo("Camry Hybrid");
    assertThat(listing.service()).isEqualTo(market.lease);
  }

  @Test
  void brandAndModel_matchByAnyPartInAnyCase() {
    assertThat(search(market.carla, trades().brand("toy")))
        .containsExactly(camry.id(), landCruiser.id());
    assertThat(search(market.carla, trades().model("HYBRID"))).containsExactly(camry.id());
    assertThat(search(market.carla, trades().brand("TOYOTA").model("cruis")))
        .containsExactly(landCruiser.id());
    assertThat(search(market.carla, trades().brand("Honda").model("Camry"))).isEmpty();
  }

  @Test
  void theYearRange_includesBothEnds() {
    assertThat(search(market.carla, trades().years(2018, 2021)))
        .containsExactly(camry.id(), civic.id());
    assertThat(search(market.carla, trades().years(2019, null))).containsExactly(camry.id());
    assertThat(search(market.carla, trades().years(null, 2015))).containsExactly(landCruiser.id());
    assertThat(search(market.carla, trades().years(2022, null))).isEmpty();
  }

  @Test
  void tradesFilter_byKindOfService_byService_andByOwner() {
    assertThat(search(market.carla, trades().kind(ServiceKind.SELL)))
        .containsExactly(civic.id(), landCruiser.id());
    assertThat(search(market.carla, trades().kind(new ServiceKind("rent")))).isEmpty();
    assertThat(search(market.carla, trades().service(market.lease.id())))
        .containsExactly(camry.id());
    assertThat(search(market.carla, trades().owner(market.bruno.actor().id()).brand("toyota")))
        .containsExactly(landCruiser.id());
  }

  @Test
  void openTrades_comeInPages() {
    Page<TradeListing> first = page(market.carla, TradeFilter.open(), PageRequest.first(2));
    Page<TradeListing> second =
        page(
            market.carla,
            TradeFilter.open(),
            PageRequest.parse("2", first.nextCursor().orElseThrow()));

    assertThat(first.items())
        .extracting(l -> l.trade().id())
        .containsExactly(camry.id(), civic.id());
    assertThat(second.items()).extracting(l -> l.trade().id()).containsExactly(landCruiser.id());
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void closedAndCancelledTrades_leaveTheOpenList() {
    market.accept(market.carla, market.offer(market.olive, civic, "9000.00"));
    market.cancel(market.bruno, landCruiser);

    assertThat(search(market.carla, trades())).containsExactly(camry.id());
    assertThat(search(market.staff, trades())).containsExactly(camry.id());
  }

  @Test
  void anUnknownTrade_isNotFound() {
    assertThat(
            refused(
                NotFound.class,
                () ->
                    market
                        .motorhub
                        .marketplace()
                        .viewTrades()
                        .get(market.staff, new TradeId(UUID.randomUUID()))))
        .hasMessage("Trade not found.");
  }
}

package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.garage.RegisterVehicle;
import dev.motorhub.application.garage.VehicleForm;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Everyone signed in browses open trades; closed and cancelled ones only those they concern. */
class ViewTradesTest {
  private final TestTrading market = TestTrading.start();
  private Trade camry;
  private Trade civic;
  private Trade landCruiser;

  @BeforeEach
  void threeVehiclesAreOnTheMarket() {
    camry = open(market.olive, "Toyota", "Camry Hybrid", 2021, market.lease);
    civic = open(market.olive, "Honda", "Civic", 2018, market.sale);
    landCruiser = open(market.bruno, "Toyota", "Land Cruiser", 2015, market.sale);
  }

  private Trade open(
      Principal owner, String brand, String model, int year, ServiceOffering service) {
    Vehicle vehicle =
        market
            .motorhub
            .registerVehicle()
            .register(
                new RegisterVehicle.Command(
                    owner,
                    Optional.empty(),
                    new VehicleForm(
                        brand, model, "" + year, "Silver", model + year, null, "1000", "")));
    return market
        .motorhub
        .marketplace()
        .openTrade()
        .open(new OpenTrade.Command(owner, vehicle.id(), service.id()))
        .trade();
  }

  private static TradeFilter filter(
      String status,
      Optional<UserId> owner,
      Optional<ServiceId> service,
      Optional<ServiceKind> kind,
      String brand,
      String model,
      Integer from,
      Integer to) {
    return new TradeFilter(
        Optional.ofNullable(status),
        owner,
        service,
        kind,
        Optional.ofNullable(brand),
        Optional.ofNullable(model),
        Optional.ofNullable(from),
        Optional.ofNullable(to));
  }

  private static TradeFilter vehicles(String brand, String model, Integer from, Integer to) {
    return filter(
        "open", Optional.empty(), Optional.empty(), Optional.empty(), brand, model, from, to);
  }

  private static TradeFilter status(String status) {
    return filter(
        status, Optional.empty(), Optional.empty(), Optional.empty(), null, null, null, null);
  }

  private List<TradeId> search(Principal who, TradeFilter filter) {
    return page(who, filter, PageRequest.first(100)).items().stream()
        .map(listing -> listing.trade().id())
        .toList();
  }

  private Page<TradeListing> page(Principal who, TradeFilter filter, PageRequest page) {
    return market.motorhub.marketplace().viewTrades().search(who, filter, page);
  }

  private TradeListing get(Principal who, Trade trade) {
    return market.motorhub.marketplace().viewTrades().get(who, trade.id());
  }

  @Test
  void everyoneSignedIn_browsesTheOpenTrades_withTheirVehiclesAndServices() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    for (Principal who : List.of(market.carla, mechanic, market.staff)) {
      assertThat(search(who, TradeFilter.open()))
          .containsExactly(camry.id(), civic.id(), landCruiser.id());
    }
    TradeListing listing = get(market.carla, camry);
    assertThat(listing.vehicle().details().model()).isEqualTo("Camry Hybrid");
    assertThat(listing.service()).isEqualTo(market.lease);
  }

  @Test
  void brandAndModel_matchByAnyPartInAnyCase() {
    assertThat(search(market.carla, vehicles("toy", null, null, null)))
        .containsExactly(camry.id(), landCruiser.id());
    assertThat(search(market.carla, vehicles(null, "HYBRID", null, null)))
        .containsExactly(camry.id());
    assertThat(search(market.carla, vehicles("TOYOTA", "cruis", null, null)))
        .containsExactly(landCruiser.id());
    assertThat(search(market.carla, vehicles("Honda", "Camry", null, null))).isEmpty();
  }

  @Test
  void theYearRange_includesBothEnds() {
    assertThat(search(market.carla, vehicles(null, null, 2018, 2021)))
        .containsExactly(camry.id(), civic.id());
    assertThat(search(market.carla, vehicles(null, null, 2019, null))).containsExactly(camry.id());
    assertThat(search(market.carla, vehicles(null, null, null, 2015)))
        .containsExactly(landCruiser.id());
    assertThat(search(market.carla, vehicles(null, null, 2022, null))).isEmpty();
  }

  @Test
  void tradesFilter_byKindOfService_byService_andByOwner() {
    assertThat(
            search(
                market.carla,
                filter(
                    "open",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(ServiceKind.SELL),
                    null,
                    null,
                    null,
                    null)))
        .containsExactly(civic.id(), landCruiser.id());
    assertThat(
            search(
                market.carla,
                filter(
                    "open",
                    Optional.empty(),
                    Optional.of(market.lease.id()),
                    Optional.empty(),
                    null,
                    null,
                    null,
                    null)))
        .containsExactly(camry.id());
    assertThat(
            search(
                market.carla,
                filter(
                    "open",
                    Optional.of(market.bruno.actor().id()),
                    Optional.empty(),
                    Optional.empty(),
                    "toyota",
                    null,
                    null,
                    null)))
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

    assertThat(search(market.carla, TradeFilter.open())).containsExactly(camry.id());
  }

  @Test
  void aClosedTrade_isForItsOwner_itsBuyer_andStaff() {
    market.accept(market.carla, market.offer(market.olive, civic, "9000.00"));

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
    market.offer(market.bruno, landCruiser, "30000.00");
    market.cancel(market.bruno, landCruiser);

    assertThat(get(market.bruno, landCruiser).trade()).isInstanceOf(Trade.Cancelled.class);
    assertThat(get(market.staff, landCruiser).trade()).isInstanceOf(Trade.Cancelled.class);
    refused(NotFound.class, () -> get(market.olive, landCruiser));
    refused(NotFound.class, () -> get(market.carla, landCruiser));
  }

  @Test
  void aCustomerListingClosedOrCancelledTrades_getsOnlyTheirOwn_evenAskingForAnothers() {
    market.accept(market.carla, market.offer(market.olive, civic, "9000.00"));
    market.cancel(market.bruno, landCruiser);
    market.cancel(market.olive, camry);

    assertThat(search(market.olive, status("closed"))).containsExactly(civic.id());
    assertThat(search(market.bruno, status("closed"))).isEmpty();
    assertThat(search(market.bruno, status("cancelled"))).containsExactly(landCruiser.id());
    assertThat(search(market.olive, status("cancelled"))).containsExactly(camry.id());
    assertThat(search(market.staff, status("cancelled")))
        .containsExactly(camry.id(), landCruiser.id());
    assertThat(
            search(
                market.olive,
                filter(
                    "cancelled",
                    Optional.of(market.bruno.actor().id()),
                    Optional.empty(),
                    Optional.empty(),
                    null,
                    null,
                    null,
                    null)))
        .doesNotContain(landCruiser.id());
  }

  @Test
  void anUnknownTrade_isNotFound() {
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .marketplace()
                .viewTrades()
                .get(market.staff, new TradeId(UUID.randomUUID())));
  }
}

package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer puts one of their vehicles on the marketplace under an active service. */
class OpenTradeTest {
  private final TestTrading market = TestTrading.start();
  private Vehicle corolla;

  @BeforeEach
  void oliveHasAVehicle() {
    corolla = TestMarket.vehicle(market.motorhub, market.olive, "KDA 100A");
  }

  private TradeListing open(Principal who, VehicleId vehicle, ServiceOffering service) {
    return open(who, vehicle, service.id());
  }

  private TradeListing open(Principal who, VehicleId vehicle, ServiceId service) {
    return market
        .motorhub
        .marketplace()
        .openTrade()
        .open(new OpenTrade.Command(who, vehicle, service));
  }

  private long openTrades() {
    return market
        .motorhub
        .marketplace()
        .viewTrades()
        .search(market.staff, TradeFilter.open(), PageRequest.first(100))
        .items()
        .size();
  }

  @Test
  void theOwnerOpensATrade_withTheVehicleAndServiceToShow() {
    TradeListing listing = open(market.olive, corolla.id(), market.lease);

    assertThat(listing.trade()).isInstanceOf(Trade.Open.class);
    assertThat(listing.trade().owner()).isEqualTo(market.olive.actor().id());
    assertThat(listing.trade().vehicle()).isEqualTo(corolla.id());
    assertThat(listing.trade().service()).isEqualTo(market.lease.id());
    assertThat(listing.trade().openedAt()).isEqualTo(market.clock.instant());
    assertThat(listing.vehicle()).isEqualTo(corolla);
    assertThat(listing.service()).isEqualTo(market.lease);
    assertThat(market.reread(listing.trade())).isEqualTo(listing.trade());
  }

  @Test
  void onlyCustomersTrade() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    refused(Forbidden.class, () -> open(market.staff, corolla.id(), market.lease));
    refused(Forbidden.class, () -> open(mechanic, corolla.id(), market.lease));
    assertThat(openTrades()).isZero();
  }

  @Test
  void anotherCustomersVehicle_orAnUnknownOne_isNotFound() {
    assertThat(refused(NotFound.class, () -> open(market.bruno, corolla.id(), market.lease)))
        .hasMessage("Vehicle not found.");
    refused(
        NotFound.class, () -> open(market.olive, new VehicleId(UUID.randomUUID()), market.lease));
    assertThat(openTrades()).isZero();
  }

  @Test
  void anUnknownService_isNotFound() {
    assertThat(
            refused(
                NotFound.class,
                () -> open(market.olive, corolla.id(), new ServiceId(UUID.randomUUID()))))
        .hasMessage("Service not found.");
  }

  @Test
  void aVehicleHasOneOpenTrade_whateverTheService() {
    open(market.olive, corolla.id(), market.lease);

    Conflict conflict =
        refused(Conflict.class, () -> open(market.olive, corolla.id(), market.sale));

    assertThat(conflict.field()).isEqualTo("vehicle_id");
    assertThat(openTrades()).isOne();
  }

  @Test
  void onceItsTradeIsCancelled_theVehicleMayBeTradedAgain() {
    Trade first = open(market.olive, corolla.id(), market.lease).trade();
    market.cancel(market.olive, first);

    Trade second = open(market.olive, corolla.id(), market.sale).trade();

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(market.reread(first)).isInstanceOf(Trade.Cancelled.class);
    assertThat(openTrades()).isOne();
  }

  @Test
  void ownersTradeTheirVehiclesSideBySide() {
    Vehicle other = TestMarket.vehicle(market.motorhub, market.olive, "KDA 200A");
    Vehicle brunos = TestMarket.vehicle(market.motorhub, market.bruno, "KDA 300A");

    open(market.olive, corolla.id(), market.lease);
    open(market.olive, other.id(), market.lease);
    open(market.bruno, brunos.id(), market.lease);

    assertThat(openTrades()).isEqualTo(3);
  }
}

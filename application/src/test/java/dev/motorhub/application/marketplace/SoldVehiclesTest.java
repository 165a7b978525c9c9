package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.garage.RemoveVehicle;
import dev.motorhub.application.garage.UpdateVehicle;
import dev.motorhub.application.garage.UploadVehicleImage;
import dev.motorhub.application.garage.VehicleQuery;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestGarage;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sold vehicle waits in the seller's garage, unchanged by anyone, until it is handed over; then
 * it is the buyer's to see, change and trade, and no longer the seller's.
 */
class SoldVehiclesTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Closed sale;
  private VehicleId car;

  @BeforeEach
  void oliveSoldACarToBruno() {
    sale = market.sold(market.bruno);
    car = sale.vehicle();
  }

  @Test
  void beforeTheHandover_nobodyChangesPicturesRemovesOrTradesTheVehicle() {
    Vehicle waiting = market.vehicleOf(sale);

    for (Principal who : List.of(market.olive, market.staff)) {
      assertThat(refused(RuleViolated.class, () -> update(who)))
          .hasMessage(Vehicle.AWAITING_HANDOVER);
      refused(RuleViolated.class, () -> upload(who));
      refused(RuleViolated.class, () -> remove(who));
    }
    assertThat(refused(RuleViolated.class, () -> open(market.olive)))
        .hasMessage(Vehicle.AWAITING_HANDOVER);
    refused(NotFound.class, () -> update(market.bruno));
    assertThat(market.vehicleOf(sale)).isEqualTo(waiting);
  }

  @Test
  void afterTheHandover_theBuyerSeesChangesAndTradesIt_theSellerNoLonger() {
    market.handOver(market.olive, sale.id());

    assertThat(garageOf(market.bruno)).containsExactly(car);
    assertThat(garageOf(market.olive)).doesNotContain(car);
    assertThat(update(market.bruno).details().mileage()).isEqualTo(16000);
    assertThat(upload(market.bruno).image()).isPresent();
    assertThat(open(market.bruno).trade().owner()).isEqualTo(market.bruno.actor().id());
    refused(NotFound.class, () -> update(market.olive));
    refused(NotFound.class, () -> upload(market.olive));
    refused(NotFound.class, () -> remove(market.olive));
    refused(NotFound.class, () -> open(market.olive));
  }

  @Test
  void theSeller_stillSeesTheSale_withTheVehicleNowTheBuyers() {
    market.handOver(market.olive, sale.id());

    TradeListing seen = market.motorhub.marketplace().viewTrades().get(market.olive, sale.id());

    assertThat(seen.trade().owner()).isEqualTo(market.olive.actor().id());
    assertThat(seen.vehicle().owner()).isEqualTo(market.bruno.actor().id());
  }

  @Test
  void aVehicleOnceSold_isKeptForTheRecords_evenByItsNewOwner() {
    market.handOver(market.olive, sale.id());

    refused(Conflict.class, () -> remove(market.bruno));
    assertThat(garageOf(market.bruno)).containsExactly(car);
  }

  @Test
  void neitherPartysAccount_isDeletedWhileTheSaleWaits_orAfter() {
    for (Principal party : List.of(market.bruno, market.olive)) {
      refused(Conflict.class, () -> deleteAccount(party));
    }
    market.handOver(market.olive, sale.id());

    refused(Conflict.class, () -> deleteAccount(market.bruno));
    assertThat(market.vehicleOf(sale).owner()).isEqualTo(market.bruno.actor().id());
  }

  @Test
  void aLease_leavesTheVehicleWithItsOwner_freeToChangeAndTradeAgain() {
    Trade.Open leased = market.trade(market.olive, market.lease);
    market.accept(market.bruno, market.offer(market.olive, leased, "9000.00"));
    car = leased.vehicle();

    assertThat(update(market.olive).details().mileage()).isEqualTo(16000);
    assertThat(open(market.olive).trade().vehicle()).isEqualTo(car);
  }

  private Vehicle update(Principal who) {
    return market
        .motorhub
        .garage()
        .updateVehicle()
        .update(new UpdateVehicle.Command(who, car, TestGarage.changes("16000", null), false));
  }

  private Vehicle upload(Principal who) {
    return market
        .motorhub
        .garage()
        .uploadVehicleImage()
        .upload(new UploadVehicleImage.Command(who, car, GarageFixtures.PNG));
  }

  private void remove(Principal who) {
    market.motorhub.garage().removeVehicle().remove(new RemoveVehicle.Command(who, car));
  }

  private TradeListing open(Principal who) {
    return market
        .motorhub
        .marketplace()
        .openTrade()
        .open(new OpenTrade.Command(who, car, market.sale.id()));
  }

  private List<VehicleId> garageOf(Principal who) {
    return market
        .motorhub
        .garage()
        .viewVehicles()
        .search(who, VehicleQuery.all(), PageRequest.first(100))
        .items()
        .stream()
        .map(Vehicle::id)
        .toList();
  }

  private void deleteAccount(Principal who) {
    market
        .motorhub
        .accounts()
        .deleteAccount()
        .delete(new DeleteAccount.Command(who, who.actor().id()));
  }
}

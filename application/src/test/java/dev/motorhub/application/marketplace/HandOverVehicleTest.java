package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.garage.UploadVehicleImage;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.garage.Custody;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandOverVehicleTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Closed sale;
  private Vehicle sold;

  /** Olive pictured her car and sold it to Bruno; it waits in her garage. */
  @BeforeEach
  void oliveSoldAPicturedCarToBruno() {
    Trade.Open trade = market.trade(market.olive, market.sale);
    market
        .motorhub
        .garage()
        .uploadVehicleImage()
        .upload(new UploadVehicleImage.Command(market.olive, trade.vehicle(), GarageFixtures.PNG));
    sale = market.accept(market.bruno, market.offer(market.olive, trade, "8000.00")).trade();
    sold = market.vehicleOf(sale);
  }

  @Test
  void aSale_closesWithItsHandoverPending_andTheVehicleWaitingInTheSellersGarage() {
    assertThat(sale.handover()).isEqualTo(new Handover.Pending());
    assertThat(sold.owner()).isEqualTo(market.olive.actor().id());
    assertThat(sold.custody()).isEqualTo(new Custody.Sold(market.bruno.actor().id()));
  }

  @Test
  void theSellerHandsItOver_andItMovesToTheBuyersGarage_withPlateVinAndImage() {
    market.clock.advance(Duration.ofDays(2));

    Trade.Closed after = market.handOver(market.olive, sale.id()).trade();

    assertThat(after.handover())
        .isEqualTo(new Handover.Done(market.olive.actor().id(), market.clock.instant()));
    assertThat(market.reread(sale)).isEqualTo(after.nextVersion());
    Vehicle theirs = market.vehicleOf(sale);
    assertThat(theirs.owner()).isEqualTo(market.bruno.actor().id());
    assertThat(theirs.custody()).isEqualTo(Custody.KEPT);
    assertThat(theirs.details()).isEqualTo(sold.details());
    assertThat(theirs.image()).isEqualTo(sold.image()).isPresent();
    assertThat(theirs.updatedAt()).isEqualTo(market.clock.instant());
  }

  @Test
  void staffHandItOver_andTheRecordNamesThem() {
    Trade.Closed after = market.handOver(market.staff, sale.id()).trade();

    assertThat(after.handover())
        .isEqualTo(new Handover.Done(market.staff.actor().id(), market.clock.instant()));
    assertThat(market.vehicleOf(sale).owner()).isEqualTo(market.bruno.actor().id());
  }

  @Test
  void theBuyerMayNotRecordIt_andOthersDoNotFindTheSale() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mike"));

    assertThat(refused(Forbidden.class, () -> market.handOver(market.bruno, sale.id())))
        .hasMessage("Only the seller or staff record that the vehicle was handed over.");
    refused(NotFound.class, () -> market.handOver(market.carla, sale.id()));
    refused(NotFound.class, () -> market.handOver(mechanic, sale.id()));
    refused(NotFound.class, () -> market.handOver(market.staff, new TradeId(UUID.randomUUID())));
    assertThat(market.vehicleOf(sale)).isEqualTo(sold);
  }

  @Test
  void handingOverTwice_isRefused_andMovesNothingMore() {
    market.handOver(market.olive, sale.id());
    Vehicle theirs = market.vehicleOf(sale);

    assertThat(refused(RuleViolated.class, () -> market.handOver(market.staff, sale.id())))
        .hasMessage("The vehicle was handed over already.");
    assertThat(market.vehicleOf(sale)).isEqualTo(theirs);
  }

  @Test
  void anOpenOrCancelledTrade_orALease_hasNothingToHandOver() {
    Trade.Open open = market.trade(market.olive, market.sale);
    Trade.Open withdrawn = market.trade(market.olive, market.sale);
    market.cancel(market.olive, withdrawn);
    Trade.Open leased = market.trade(market.olive, market.lease);
    Trade.Closed lease =
        market.accept(market.bruno, market.offer(market.olive, leased, "9000.00")).trade();

    assertThat(refused(RuleViolated.class, () -> market.handOver(market.olive, open.id())))
        .hasMessage("This trade is open; nothing was sold.");
    assertThat(refused(RuleViolated.class, () -> market.handOver(market.olive, withdrawn.id())))
        .hasMessage("This trade is cancelled; nothing was sold.");
    assertThat(refused(RuleViolated.class, () -> market.handOver(market.olive, lease.id())))
        .hasMessage(
            "Only a sale hands its vehicle over; under this service it stays with its owner.");
    assertThat(lease.handover()).isEqualTo(new Handover.None());
    assertThat(market.vehicleOf(lease).owner()).isEqualTo(market.olive.actor().id());
  }

  @Test
  void aBuyerWhoIsNoLongerACustomer_receivesNoVehicle_andItStaysWithTheSeller() {
    market
        .motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                TestAccounts.superuser(market.motorhub),
                market.bruno.actor().id(),
                new AccountChanges(null, null, null, null, null, "staff", null, null)));

    assertThat(refused(RuleViolated.class, () -> market.handOver(market.olive, sale.id())))
        .hasMessage("The buyer's account no longer keeps vehicles: only customers do.");
    assertThat(market.vehicleOf(sale)).isEqualTo(sold);
    assertThat(market.reread(sale))
        .extracting(t -> ((Trade.Closed) t).handover())
        .isEqualTo(new Handover.Pending());
  }
}

package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.garage.VehicleFilter;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store keeps of a sale's handover: a sold vehicle with the buyer it waits for, a
 * vehicle moved to its buyer's garage, a closed sale's handover pending and then done (by whom and
 * when), and the accounts a handover names, kept for the records.
 */
public abstract class HandoverContract extends MarketContract {
  private ServiceOffering sale;

  @BeforeEach
  void aSaleService() {
    sale = MarketFixtures.service("sell", "Quick sale", "10.00");
    runTx(() -> store.services().add(sale));
  }

  @Test
  void aSoldVehicle_isFoundWithTheBuyerItWaitsFor_stillInItsOwnersGarage() {
    Vehicle sold = car.sellTo(bob.id(), at(3));

    runTx(() -> store.vehicles().update(sold));

    assertThat(inTx(() -> store.vehicles().findForUpdate(car.id()))).contains(sold);
    assertThat(garageOf(alice)).containsExactly(sold);
  }

  @Test
  void aVehicleHandedOver_isInTheBuyersGarage_andNoLongerInTheSellers() {
    Vehicle sold = car.withImage("TheImageKeyOfThisVehicle.jpg", at(1)).sellTo(bob.id(), at(3));
    runTx(() -> store.vehicles().update(sold));
    Vehicle moved = sold.handOverTo(bob.id(), at(4));

    runTx(() -> store.vehicles().update(moved));

    assertThat(inTx(() -> store.vehicles().findById(car.id()))).contains(moved);
    assertThat(garageOf(bob)).containsExactly(moved);
    assertThat(garageOf(alice)).isEmpty();
  }

  @Test
  void aClosedSale_isFoundWithItsHandoverPending_thenDone_byWhomAndWhen() {
    Trade.Closed closed = closedSale();
    assertThat(closed.handover()).isEqualTo(new Handover.Pending());
    assertThat(inTx(() -> store.trades().findById(closed.id()))).contains(closed);

    Trade.Closed handedOver = closed.handOver(alice.id(), at(5)).trade();
    Trade returned = inTx(() -> store.trades().update(handedOver));

    assertThat(returned).isEqualTo(handedOver.nextVersion());
    assertThat(inTx(() -> store.trades().lock(closed.id()))).contains(returned);
    assertThat(((Trade.Closed) returned).handover())
        .isEqualTo(new Handover.Done(alice.id(), at(5)));
  }

  @Test
  void theBuyerOfAVehicleAwaitingHandover_andWhoeverRecordedAHandover_areKept() {
    User staff = Fixtures.user("sam").withRole(Role.STAFF, Fixtures.T0);
    runTx(() -> store.users().add(staff));
    Trade.Closed closed = closedSale();
    runTx(() -> store.vehicles().update(car.sellTo(bob.id(), at(3))));
    assertKept(bob);

    runTx(() -> store.trades().update(closed.handOver(staff.id(), at(5)).trade()));

    assertKept(staff);
  }

  /** Alice's car sold to bob: its trade closed by bob taking her offer, stored. */
  private Trade.Closed closedSale() {
    Trade.Open trade = openTrade(car, sale, at(1));
    Proposal.Pending offer = stored(MarketFixtures.offer(trade, "9000.00", at(1)));
    Trade.Closed closed = trade.accept(offer, bob.id(), sale.kind(), List.of(offer), at(2)).trade();
    return (Trade.Closed) inTx(() -> store.trades().update(closed));
  }

  private List<Vehicle> garageOf(User owner) {
    return inTx(() ->
            store.vehicles().search(VehicleFilter.ofOwner(owner.id()), PageRequest.first(10)))
        .items();
  }

  private void assertKept(User user) {
    assertConflict(() -> store.users().delete(user.id()), "", UserRepository.ON_RECORD);
    assertThat(inTx(() -> store.users().findById(user.id()))).contains(user);
  }
}

package dev.motorhub.application.notifications;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.domain.notifications.NotificationKind.HANDOVER_PENDING;
import static dev.motorhub.domain.notifications.NotificationKind.VEHICLE_HANDED_OVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Both parties of a sale hear that its vehicle waits to be handed over, and when it moved. */
class HandoverNotificationsTest {
  private final TestTrading market = TestTrading.start();

  /** What {@code user} was told about trades, oldest first: kinds, trades and messages. */
  private List<Tuple> told(Principal user) {
    return market.inbox(user).reversed().stream()
        .filter(n -> n.subjectType().equals("trade"))
        .map(n -> tuple(n.kind(), n.subjectId(), n.message()))
        .toList();
  }

  @Test
  void aSale_tellsBothPartiesThatAHandoverIsPending_thenThatTheVehicleMoved() {
    Trade.Closed sale = market.sold(market.bruno);
    market.handOver(market.staff, sale.id());

    assertThat(told(market.bruno))
        .containsExactly(
            tuple(
                HANDOVER_PENDING,
                sale.id().value(),
                "You bought a vehicle: it moves to your garage once the seller records its"
                    + " handover."),
            tuple(
                VEHICLE_HANDED_OVER,
                sale.id().value(),
                "The vehicle you bought was handed over to you: it is in your garage now."));
    assertThat(told(market.olive))
        .containsExactly(
            tuple(
                HANDOVER_PENDING,
                sale.id().value(),
                "Your vehicle is sold: record its handover once the buyer has it. Until then it"
                    + " cannot be changed, removed or traded."),
            tuple(
                VEHICLE_HANDED_OVER,
                sale.id().value(),
                "The vehicle you sold was handed over to its buyer: it left your garage."));
    assertThat(told(market.carla)).isEmpty();
    assertThat(told(market.staff)).isEmpty();
  }

  @Test
  void aLease_tellsNobodyOfAHandover() {
    Trade.Open trade = market.trade(market.olive, market.lease);
    market.accept(market.bruno, market.offer(market.olive, trade, "9000.00"));

    assertThat(told(market.bruno)).isEmpty();
    assertThat(told(market.olive)).isEmpty();
  }

  @Test
  void aRefusedHandover_tellsNobody() {
    Trade.Closed sale = market.sold(market.bruno);
    market.handOver(market.olive, sale.id());

    refused(RuleViolated.class, () -> market.handOver(market.olive, sale.id()));

    assertThat(told(market.bruno)).hasSize(2);
  }
}

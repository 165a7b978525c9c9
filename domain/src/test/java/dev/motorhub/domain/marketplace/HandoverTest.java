package dev.motorhub.domain.marketplace;

import static dev.motorhub.domain.marketplace.TestTrades.BUYER;
import static dev.motorhub.domain.marketplace.TestTrades.NOW;
import static dev.motorhub.domain.marketplace.TestTrades.OWNER;
import static dev.motorhub.domain.marketplace.TestTrades.STAFF;
import static dev.motorhub.domain.marketplace.TestTrades.VEHICLE;
import static dev.motorhub.domain.marketplace.TestTrades.closedLeaseTrade;
import static dev.motorhub.domain.marketplace.TestTrades.closedSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoverTest {
  private static final Instant HANDED_OVER_AT = NOW.plusSeconds(3600);

  @Test
  void aSale_closesWithItsHandoverPending_aLeaseOrAnotherKindWithNoneDue() {
    Trade.Open rented = TestTrades.openTrade(TestTrades.SELL_SERVICE);
    Proposal.Pending offer = TestTrades.ownersOffer(rented);

    assertThat(closedSale().handover()).isEqualTo(new Handover.Pending());
    assertThat(closedLeaseTrade().handover()).isEqualTo(new Handover.None());
    assertThat(rented.accept(offer, BUYER, new ServiceKind("rent"), List.of(offer), NOW).trade())
        .extracting(Trade.Closed::handover)
        .isEqualTo(new Handover.None());
  }

  @Test
  void handingOverAPendingSale_recordsWhoAndWhen_andChangesNothingElse() {
    Trade.Closed sale = closedSale();

    VehicleHandedOver handedOver = sale.handOver(OWNER, HANDED_OVER_AT);

    Trade.Closed after = handedOver.trade();
    assertThat(after.handover()).isEqualTo(new Handover.Done(OWNER, HANDED_OVER_AT));
    assertThat(after.handover().status()).isEqualTo("done");
    assertThat(after.version()).as("the store moves the version on").isEqualTo(sale.version());
    assertThat(after).usingRecursiveComparison().ignoringFields("handover").isEqualTo(sale);
    assertThat(handedOver.vehicle()).isEqualTo(VEHICLE);
    assertThat(handedOver.seller()).isEqualTo(OWNER);
    assertThat(handedOver.buyer()).isEqualTo(BUYER);
  }

  @Test
  void staffMayRecordIt_andTheNextVersionKeepsIt() {
    Trade.Closed after = closedSale().handOver(STAFF, HANDED_OVER_AT).trade();

    assertThat(after.nextVersion().handover()).isEqualTo(new Handover.Done(STAFF, HANDED_OVER_AT));
    assertThat(after.nextVersion().version()).isEqualTo(after.version() + 1);
  }

  @Test
  void aVehicleHandedOver_isNotHandedOverAgain() {
    Trade.Closed done = closedSale().handOver(OWNER, HANDED_OVER_AT).trade();

    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> done.handOver(STAFF, HANDED_OVER_AT.plusSeconds(1)))
        .withMessage("The vehicle was handed over already.");
  }

  @Test
  void aLease_hasNothingToHandOver() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> closedLeaseTrade().handOver(OWNER, HANDED_OVER_AT))
        .withMessage(
            "Only a sale hands its vehicle over; under this service it stays with its owner.");
  }

  @Test
  void eachStateNamesItselfOnTheWire() {
    assertThat(new Handover.None().status()).isEqualTo("none");
    assertThat(new Handover.Pending().status()).isEqualTo("pending");
    assertThat(new Handover.Done(OWNER, NOW).status()).isEqualTo("done");
  }

  @Test
  void anEventOfAHandoverNotDone_isRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new VehicleHandedOver(closedSale()));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new Handover.Done(null, NOW));
  }
}

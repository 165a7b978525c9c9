package dev.motorhub.application.marketplace;

import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.VehicleHandedOver;
import dev.motorhub.domain.notifications.NotificationKind;

/** Tells both parties of a sale where its vehicle stands: waiting to be handed over, then moved. */
public final class HandoverNotices {
  private final Notifier notifier;

  public HandoverNotices(Notifier notifier) {
    this.notifier = notifier;
  }

  /** A sale agreed: the vehicle waits in the seller's garage until they record its handover. */
  void pending(Trade.Closed sale) {
    tell(
        sale.buyer(),
        NotificationKind.HANDOVER_PENDING,
        "You bought a vehicle: it moves to your garage once the seller records its handover.",
        sale);
    tell(
        sale.owner(),
        NotificationKind.HANDOVER_PENDING,
        "Your vehicle is sold: record its handover once the buyer has it. Until then it cannot be"
            + " changed, removed or traded.",
        sale);
  }

  /** The vehicle handed over: it left the seller's garage for the buyer's. */
  void handedOver(VehicleHandedOver handedOver) {
    Trade.Closed sale = handedOver.trade();
    tell(
        handedOver.buyer(),
        NotificationKind.VEHICLE_HANDED_OVER,
        "The vehicle you bought was handed over to you: it is in your garage now.",
        sale);
    tell(
        handedOver.seller(),
        NotificationKind.VEHICLE_HANDED_OVER,
        "The vehicle you sold was handed over to its buyer: it left your garage.",
        sale);
  }

  private void tell(UserId to, NotificationKind kind, String message, Trade.Closed sale) {
    notifier.tell(to, kind, message, "trade", sale.id().value());
  }
}

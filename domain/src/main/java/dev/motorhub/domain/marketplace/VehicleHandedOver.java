package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;

/** What handing a sold vehicle over did: the trade, its handover done, and from whom to whom. */
public record VehicleHandedOver(Trade.Closed trade) {
  public VehicleHandedOver {
    if (!(trade.handover() instanceof Handover.Done)) {
      throw new IllegalArgumentException("The trade's handover is not done");
    }
  }

  public VehicleId vehicle() {
    return trade.vehicle();
  }

  public UserId seller() {
    return trade.owner();
  }

  public UserId buyer() {
    return trade.buyer();
  }
}

package dev.motorhub.application.marketplace;

import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.NotFound;
import java.time.Instant;

/**
 * The vehicle a deal is struck on. It is held after its trade and before either changes, so the
 * store's locks always come in that order and a change or a new trade of the vehicle waits for the
 * deal; a sale then leaves it sold, unchangeable in the seller's garage until it is handed over,
 * and both parties hear so.
 */
public final class TradedVehicles {
  private final VehicleRepository vehicles;
  private final ServiceRepository services;
  private final HandoverNotices notices;

  public TradedVehicles(
      VehicleRepository vehicles, ServiceRepository services, HandoverNotices notices) {
    this.vehicles = vehicles;
    this.services = services;
    this.notices = notices;
  }

  /** The trade's vehicle, held for the unit of work, and the kind of its service. */
  record Held(Vehicle vehicle, ServiceKind kind) {}

  Held hold(Trade.Open trade) {
    Vehicle vehicle =
        vehicles.findForUpdate(trade.vehicle()).orElseThrow(() -> new NotFound("Vehicle"));
    ServiceKind kind =
        services.findById(trade.service()).orElseThrow(() -> new NotFound("Service")).kind();
    return new Held(vehicle, kind);
  }

  /** After the deal: a sale's vehicle is sold to the buyer and waits for its handover. */
  void dealt(Held held, Trade.Closed deal, Instant now) {
    if (deal.handover() instanceof Handover.Pending) {
      vehicles.update(held.vehicle().sellTo(deal.buyer(), now));
      notices.pending(deal);
    }
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.application.marketplace.TradeListing;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import java.time.Instant;

/** The JSON shapes of the marketplace: services, and trades with their vehicles. */
final class MarketViews {
  private MarketViews() {}

  record ServiceView(
      String id,
      String kind,
      String name,
      String fee,
      String currency,
      String description,
      boolean active,
      Instant createdAt,
      Instant updatedAt) {}

  record VehicleSummary(
      String id,
      String brand,
      String model,
      int year,
      String color,
      String licensePlate,
      long mileage) {}

  record TradeView(
      String id,
      String status,
      String ownerId,
      VehicleSummary vehicle,
      ServiceView service,
      Instant openedAt,
      Instant endedAt,
      String buyerId,
      String acceptedProposalId) {}

  static ServiceView service(ServiceOffering s) {
    return new ServiceView(
        s.id().toString(),
        s.kind().value(),
        s.name(),
        s.fee().plain(),
        s.fee().currency().getCurrencyCode(),
        s.description(),
        s.active(),
        s.createdAt(),
        s.updatedAt());
  }

  static TradeView trade(TradeListing listing) {
    Trade trade = listing.trade();
    Instant endedAt = null;
    String buyer = null;
    String accepted = null;
    switch (trade) {
      case Trade.Open open -> {}
      case Trade.Closed closed -> {
        endedAt = closed.closedAt();
        buyer = closed.buyer().toString();
        accepted = closed.acceptedProposal().toString();
      }
      case Trade.Cancelled cancelled -> endedAt = cancelled.cancelledAt();
    }
    return new TradeView(
        trade.id().toString(),
        trade.status(),
        trade.owner().toString(),
        vehicle(listing.vehicle()),
        service(listing.service()),
        trade.openedAt(),
        endedAt,
        buyer,
        accepted);
  }

  private static VehicleSummary vehicle(Vehicle vehicle) {
    VehicleDetails d = vehicle.details();
    return new VehicleSummary(
        vehicle.id().toString(),
        d.brand(),
        d.model(),
        d.year(),
        d.color(),
        d.plate().value(),
        d.mileage());
  }
}

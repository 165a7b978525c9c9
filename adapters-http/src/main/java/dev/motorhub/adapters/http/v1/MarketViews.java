package dev.motorhub.adapters.http.v1;

import dev.motorhub.application.marketplace.TradeListing;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import java.time.Instant;

/** The JSON shapes of the marketplace: services, and trades with their vehicles and handovers. */
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

  /** The vehicle on offer, and who owns it now: the buyer, once a sale has handed it over. */
  record VehicleSummary(
      String id,
      String ownerId,
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
      String acceptedProposalId,
      HandoverView handover,
      BuyerRequirementsView buyerRequirements) {}

  /** What a trade's owner asks of buyers (reciprocal matching): each false unless asked. */
  record BuyerRequirementsView(
      boolean verifiedPhone, boolean cardOnFile, boolean noCancelledDeals) {}

  static BuyerRequirementsView buyerRequirements(BuyerRequirements r) {
    return new BuyerRequirementsView(r.verifiedPhone(), r.cardOnFile(), r.noCancelledDeals());
  }

  /** What a closed trade owes its buyer of the vehicle: none, pending or done (when, by whom). */
  record HandoverView(String status, Instant at, String recordedBy) {}

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
    HandoverView handover = null;
    switch (trade) {
      case Trade.Open open -> {}
      case Trade.Closed closed -> {
        endedAt = closed.closedAt();
        buyer = closed.buyer().toString();
        accepted = closed.acceptedProposal().toString();
        handover = handover(closed.handover());
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
        accepted,
        handover,
        buyerRequirements(listing.buyerRequirements()));
  }

  private static HandoverView handover(Handover handover) {
    return handover instanceof Handover.Done done
        ? new HandoverView(done.status(), done.at(), done.by().toString())
        : new HandoverView(handover.status(), null, null);
  }

  private static VehicleSummary vehicle(Vehicle vehicle) {
    VehicleDetails d = vehicle.details();
    return new VehicleSummary(
        vehicle.id().toString(),
        vehicle.owner().toString(),
        d.brand(),
        d.model(),
        d.year(),
        d.color(),
        d.plate().value(),
        d.mileage());
  }
}

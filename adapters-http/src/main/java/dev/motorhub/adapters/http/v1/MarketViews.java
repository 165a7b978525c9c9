package dev.motorhub.adapters.http.v1;

import dev.motorhub.application.marketplace.TradeListing;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Offer;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import java.time.Instant;

/** The JSON shapes of the marketplace: services, trades with their vehicles, proposals. */
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

  record ProposalView(
      String id,
      String tradeId,
      String authorId,
      String addresseeId,
      String counterTo,
      String amount,
      String downPayment,
      String currency,
      int termDays,
      String paymentFrequency,
      int instalments,
      String instalment,
      String note,
      String status,
      Instant createdAt,
      Instant expiresAt,
      Instant answeredAt,
      String acceptedBy,
      String counterId,
      String closedReason) {}

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

  static ProposalView proposal(Proposal proposal, Instant now) {
    Offer offer = proposal.offer();
    ProposalTerms terms = offer.terms();
    Instant answeredAt = null;
    String acceptedBy = null;
    String counter = null;
    String reason = null;
    switch (proposal) {
      case Proposal.Pending pending -> {}
      case Proposal.Accepted a -> {
        answeredAt = a.acceptedAt();
        acceptedBy = a.acceptedBy().toString();
      }
      case Proposal.Declined d -> answeredAt = d.declinedAt();
      case Proposal.Countered c -> {
        answeredAt = c.counteredAt();
        counter = c.counter().toString();
      }
      case Proposal.Withdrawn w -> answeredAt = w.withdrawnAt();
      case Proposal.Closed c -> {
        answeredAt = c.closedAt();
        reason = c.reason();
      }
    }
    return new ProposalView(
        offer.id().toString(),
        offer.trade().toString(),
        offer.author().toString(),
        offer.addressee().map(UserId::toString).orElse(null),
        offer.counterTo().map(ProposalId::toString).orElse(null),
        terms.amount().plain(),
        terms.downPayment().plain(),
        terms.amount().currency().getCurrencyCode(),
        terms.termDays(),
        terms.frequency().wire(),
        terms.instalments(),
        terms.instalment().plain(),
        offer.note(),
        proposal.status(now),
        offer.createdAt(),
        offer.expiresAt(),
        answeredAt,
        acceptedBy,
        counter,
        reason);
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

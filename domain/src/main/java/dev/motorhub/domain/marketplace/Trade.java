package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A vehicle offered on the marketplace under a service: the heart of the lease lifecycle.
 *
 * <p>A trade opens when the vehicle's owner offers it; a vehicle has at most one open trade at a
 * time (the store enforces it). While open, the owner makes proposals and other customers answer
 * them. Accepting a proposal closes the trade with that deal; the owner (or staff) may instead
 * cancel it while nothing is accepted. A deal under a sale owes the buyer the vehicle: its {@link
 * Handover} is pending until the owner (or staff) record it, once; nothing else about a closed
 * trade changes, and a cancelled trade never changes again. Each state is its own type, so only an
 * open trade can be closed or cancelled, and only a closed one handed over; {@code version} lets
 * the store refuse a change made on a stale copy, so of two concurrent accepts exactly one wins.
 */
public sealed interface Trade permits Trade.Open, Trade.Closed, Trade.Cancelled {
  /** Why the other pending proposals of a trade end when one is accepted. */
  String ANOTHER_ACCEPTED = "Another proposal on this trade was accepted.";

  /** Why the pending proposals of a trade end when it is cancelled. */
  String CANCELLED = "The trade was cancelled.";

  TradeId id();

  VehicleId vehicle();

  UserId owner();

  ServiceId service();

  Instant openedAt();

  long version();

  /** The state's name on the wire: {@code open}, {@code closed} or {@code cancelled}. */
  String status();

  /** The same trade as the store keeps it once this state is stored: one version on. */
  Trade nextVersion();

  /** A new open trade of {@code owner}'s vehicle under {@code service}. */
  static Open open(TradeId id, VehicleId vehicle, UserId owner, ServiceId service, Instant at) {
    return new Open(id, vehicle, owner, service, at, 0);
  }

  /** Open for proposals. */
  record Open(
      TradeId id,
      VehicleId vehicle,
      UserId owner,
      ServiceId service,
      Instant openedAt,
      long version)
      implements Trade {
    public Open {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(vehicle, "vehicle");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(openedAt, "openedAt");
    }

    @Override
    public String status() {
      return "open";
    }

    @Override
    public Open nextVersion() {
      return new Open(id, vehicle, owner, service, openedAt, version + 1);
    }

    /**
     * {@code by} accepts {@code proposal}: the trade closes with the other party of the owner as
     * its buyer, owing them the vehicle if its service's {@code kind} changes hands, and every
     * other pending proposal of {@code proposals} closes unanswered.
     */
    public Acceptance accept(
        Proposal.Pending proposal,
        UserId by,
        ServiceKind kind,
        List<Proposal> proposals,
        Instant now) {
      TradeProposals.requireOn(id, proposal);
      Proposal.Accepted accepted = proposal.accept(by, this, now);
      UserId buyer = proposal.offer().author().equals(owner) ? by : proposal.offer().author();
      Handover due = Handover.dueFor(kind);
      Closed closed =
          new Closed(
              id, vehicle, owner, service, openedAt, version, proposal.id(), buyer, now, due);
      return new Acceptance(
          closed,
          accepted,
          TradeProposals.closeAllBut(id, proposals, proposal.id(), ANOTHER_ACCEPTED, now));
    }

    /** The owner, or staff, take the vehicle off the market; every pending proposal closes. */
    public Cancellation cancel(List<Proposal> proposals, Instant now) {
      Cancelled cancelled = new Cancelled(id, vehicle, owner, service, openedAt, version, now);
      return new Cancellation(
          cancelled, TradeProposals.closeAllBut(id, proposals, null, CANCELLED, now));
    }
  }

  /** Done: a proposal was accepted and {@code buyer} has the deal, and the vehicle if sold. */
  record Closed(
      TradeId id,
      VehicleId vehicle,
      UserId owner,
      ServiceId service,
      Instant openedAt,
      long version,
      ProposalId acceptedProposal,
      UserId buyer,
      Instant closedAt,
      Handover handover)
      implements Trade {
    public Closed {
      Objects.requireNonNull(handover, "handover");
    }

    @Override
    public String status() {
      return "closed";
    }

    @Override
    public Closed nextVersion() {
      return with(version + 1, handover);
    }

    /** The owner, or staff ({@code by}), record that the buyer has the vehicle they bought. */
    public VehicleHandedOver handOver(UserId by, Instant now) {
      return new VehicleHandedOver(with(version, handover.complete(by, now)));
    }

    private Closed with(long next, Handover state) {
      return new Closed(
          id, vehicle, owner, service, openedAt, next, acceptedProposal, buyer, closedAt, state);
    }
  }

  /** What accepting a proposal did: the closed trade, the deal, and the proposals it ended. */
  record Acceptance(Closed trade, Proposal.Accepted accepted, List<Proposal.Closed> closed) {}

  /** What cancelling a trade did: the cancelled trade and the proposals it ended. */
  record Cancellation(Cancelled trade, List<Proposal.Closed> closed) {}

  /** Taken off the market by its owner, or staff, before any proposal was accepted. */
  record Cancelled(
      TradeId id,
      VehicleId vehicle,
      UserId owner,
      ServiceId service,
      Instant openedAt,
      long version,
      Instant cancelledAt)
      implements Trade {
    @Override
    public String status() {
      return "cancelled";
    }

    @Override
    public Cancelled nextVersion() {
      return new Cancelled(id, vehicle, owner, service, openedAt, version + 1, cancelledAt);
    }
  }
}

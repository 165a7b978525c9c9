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
 * cancel it while nothing is accepted. Closed and cancelled trades never change again. Each state
 * is its own type, so only an open trade can be closed or cancelled; {@code version} lets the store
 * refuse a change made on a stale copy, so of two concurrent accepts exactly one wins.
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
     * its buyer, and every other pending proposal of {@code proposals} closes unanswered.
     */
    public Acceptance accept(
        Proposal.Pending proposal, UserId by, List<Proposal> proposals, Instant now) {
      requireOwn(proposal);
      Proposal.Accepted accepted = proposal.accept(by, this, now);
      UserId buyer = proposal.offer().author().equals(owner) ? by : proposal.offer().author();
      Closed closed =
          new Closed(id, vehicle, owner, service, openedAt, version, proposal.id(), buyer, now);
      return new Acceptance(
          closed, accepted, closeOthers(proposals, proposal.id(), ANOTHER_ACCEPTED, now));
    }

    /** The owner, or staff, take the vehicle off the market; every pending proposal closes. */
    public Cancellation cancel(List<Proposal> proposals, Instant now) {
      Cancelled cancelled = new Cancelled(id, vehicle, owner, service, openedAt, version, now);
      return new Cancellation(cancelled, closeOthers(proposals, null, CANCELLED, now));
    }

    private void requireOwn(Proposal proposal) {
      if (!proposal.offer().trade().equals(id)) {
        throw new IllegalArgumentException("The proposal belongs to another trade");
      }
    }

    private List<Proposal.Closed> closeOthers(
        List<Proposal> proposals, ProposalId except, String reason, Instant now) {
      proposals.forEach(this::requireOwn);
      return proposals.stream()
          .filter(p -> !p.id().equals(except))
          .filter(Proposal.Pending.class::isInstance)
          .map(p -> ((Proposal.Pending) p).close(reason, now))
          .toList();
    }
  }

  /** Done: a proposal was accepted and {@code buyer} has the deal. */
  record Closed(
      TradeId id,
      VehicleId vehicle,
      UserId owner,
      ServiceId service,
      Instant openedAt,
      long version,
      ProposalId acceptedProposal,
      UserId buyer,
      Instant closedAt)
      implements Trade {
    @Override
    public String status() {
      return "closed";
    }

    @Override
    public Closed nextVersion() {
      return new Closed(
          id, vehicle, owner, service, openedAt, version + 1, acceptedProposal, buyer, closedAt);
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

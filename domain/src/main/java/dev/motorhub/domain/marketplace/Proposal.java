package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An offer on a trade and what became of it.
 *
 * <p>The trade's owner makes open offers that any other customer may take; whoever answers a
 * proposal may accept it or counter it with one of their own, addressed back to its author, who may
 * in turn accept, decline or counter. Nobody answers their own proposal, and nobody acts on one
 * that is no longer pending or has expired. A pending proposal is the only state with transitions:
 * accepted, declined, countered (an addressed proposal is answered by its counter; an open offer
 * stays open to others), withdrawn by its author, closed when the trade closes or is cancelled, or
 * expired once its time passed unanswered. A pending proposal past its time already reads expired;
 * the background job stores it so, and a trade that ends meanwhile leaves it to that job.
 */
public sealed interface Proposal
    permits Proposal.Pending,
        Proposal.Accepted,
        Proposal.Declined,
        Proposal.Countered,
        Proposal.Withdrawn,
        Proposal.Closed,
        Proposal.Expired {

  Offer offer();

  default ProposalId id() {
    return offer().id();
  }

  /** The state's name on the wire at {@code now}: a pending proposal past its time is expired. */
  String status(Instant now);

  /** Waiting for an answer until it expires. */
  record Pending(Offer offer) implements Proposal {
    /** The owner's new open offer on {@code trade}. */
    public static Pending offer(
        ProposalId id,
        Trade.Open trade,
        UserId author,
        ProposalTerms terms,
        String note,
        Instant now,
        Duration ttl) {
      if (!author.equals(trade.owner())) {
        throw new RuleViolated(
            "Only the owner makes offers on a trade; answer one of the owner's proposals.");
      }
      return new Pending(
          new Offer(
              id,
              trade.id(),
              author,
              Optional.empty(),
              Optional.empty(),
              terms,
              note,
              now,
              now.plus(ttl)));
    }

    @Override
    public String status(Instant now) {
      return isExpired(now) ? "expired" : "pending";
    }

    public boolean isExpired(Instant now) {
      return !now.isBefore(offer.expiresAt());
    }

    /** {@code by}, a buyer or the owner, takes the deal; the trade closes with it. */
    public Accepted accept(UserId by, Trade.Open trade, Instant now) {
      answerableBy(by, trade, now, "accept");
      return new Accepted(offer, by, now);
    }

    /** The addressee turns the proposal down. */
    public Declined decline(UserId by, Trade.Open trade, Instant now) {
      answerableBy(by, trade, now, "decline");
      if (offer.addressee().isEmpty()) {
        throw new RuleViolated("An open offer cannot be declined; counter it or let it expire.");
      }
      return new Declined(offer, now);
    }

    /**
     * {@code by} answers with other terms: a new proposal addressed to this one's author. This one
     * is answered by it, unless it is an open offer, which stays open to other buyers.
     */
    public Countering counter(
        ProposalId id,
        UserId by,
        Trade.Open trade,
        ProposalTerms terms,
        String note,
        Instant now,
        Duration ttl) {
      answerableBy(by, trade, now, "counter");
      Pending counter =
          new Pending(
              new Offer(
                  id,
                  trade.id(),
                  by,
                  Optional.of(offer.author()),
                  Optional.of(offer.id()),
                  terms,
                  note,
                  now,
                  now.plus(ttl)));
      Proposal answered = offer.addressee().isEmpty() ? this : new Countered(offer, id, now);
      return new Countering(answered, counter);
    }

    /** The author takes the proposal back. */
    public Withdrawn withdraw(UserId by, Instant now) {
      if (!by.equals(offer.author())) {
        throw new Forbidden("Only its author can cancel a proposal.");
      }
      live(now);
      return new Withdrawn(offer, now);
    }

    /** The proposal ends unanswered because its time passed; only once it has. */
    public Expired expire(Instant now) {
      if (!isExpired(now)) {
        throw new IllegalStateException("The proposal stands until " + offer.expiresAt());
      }
      return new Expired(offer, now);
    }

    /** The proposal ends unanswered because its trade did. */
    public Closed close(String reason, Instant now) {
      return new Closed(offer, reason, now);
    }

    private void answerableBy(UserId user, Trade.Open trade, Instant now, String action) {
      if (!offer.trade().equals(trade.id())) {
        throw new IllegalArgumentException("The proposal belongs to another trade");
      }
      if (user.equals(offer.author())) {
        throw new RuleViolated("You cannot " + action + " your own proposal.");
      }
      if (!offer.awaits(user, trade.owner())) {
        throw new Forbidden("This proposal is addressed to someone else.");
      }
      live(now);
    }

    private void live(Instant now) {
      if (isExpired(now)) {
        throw new RuleViolated("This proposal expired at " + offer.expiresAt() + ".");
      }
    }
  }

  /** Taken: the trade closed with it. */
  record Accepted(Offer offer, UserId acceptedBy, Instant acceptedAt) implements Proposal {
    @Override
    public String status(Instant now) {
      return "accepted";
    }
  }

  /** Turned down by its addressee. */
  record Declined(Offer offer, Instant declinedAt) implements Proposal {
    @Override
    public String status(Instant now) {
      return "declined";
    }
  }

  /** Answered by {@code counter}, a proposal with other terms. */
  record Countered(Offer offer, ProposalId counter, Instant counteredAt) implements Proposal {
    @Override
    public String status(Instant now) {
      return "countered";
    }
  }

  /** Taken back by its author. */
  record Withdrawn(Offer offer, Instant withdrawnAt) implements Proposal {
    @Override
    public String status(Instant now) {
      return "cancelled";
    }
  }

  /** Ended unanswered when its trade closed or was cancelled; {@code reason} says which. */
  record Closed(Offer offer, String reason, Instant closedAt) implements Proposal {
    @Override
    public String status(Instant now) {
      return "closed";
    }
  }

  /**
   * Unanswered in its time; stored so at {@code expiredAt}, when the job found it past its time.
   */
  record Expired(Offer offer, Instant expiredAt) implements Proposal {
    @Override
    public String status(Instant now) {
      return "expired";
    }
  }

  /** A counter-proposal and what became of the proposal it answers. */
  record Countering(Proposal answered, Pending counter) {}
}

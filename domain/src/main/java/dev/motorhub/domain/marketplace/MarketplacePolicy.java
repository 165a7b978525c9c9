package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;

/**
 * Who may do what on the marketplace: staff define services; customers trade their own vehicles and
 * answer other customers' proposals; open trades and open offers are for every signed-in user to
 * see, the rest only for those they concern and for staff.
 */
public final class MarketplacePolicy {

  /** Defining, revising and removing services. */
  public boolean mayManageServices(Actor actor) {
    return actor.isAdministrative();
  }

  /** Opening trades and making or answering proposals: customers only. */
  public boolean mayTrade(Actor actor) {
    return actor.role() == Role.CUSTOMER;
  }

  /** Throws {@code Forbidden} unless {@code actor} may trade. */
  public void requireTrader(Actor actor) {
    AccessPolicy.require(mayTrade(actor), "Only customers trade vehicles.");
  }

  /** Cancelling a trade: its owner or staff. */
  public boolean mayCancel(Actor actor, Trade trade) {
    return actor.is(trade.owner()) || actor.isAdministrative();
  }

  /** Setting what a trade asks of buyers: its owner or staff. */
  public boolean mayAskOfBuyers(Actor actor, Trade trade) {
    return actor.is(trade.owner()) || actor.isAdministrative();
  }

  /** Recording that a sold vehicle was handed over: the trade's owner, who sold it, or staff. */
  public boolean mayHandOver(Actor actor, Trade trade) {
    return actor.is(trade.owner()) || actor.isAdministrative();
  }

  /** Listing closed and cancelled trades beyond one's own (as owner or buyer): staff. */
  public boolean mayListEveryTrade(Actor actor) {
    return actor.isAdministrative();
  }

  /** Seeing a trade: anyone while it is open; afterwards its owner, its buyer and staff. */
  public boolean maySee(Actor actor, Trade trade) {
    return switch (trade) {
      case Trade.Open open -> true;
      case Trade.Closed closed ->
          actor.is(closed.owner()) || actor.is(closed.buyer()) || actor.isAdministrative();
      case Trade.Cancelled cancelled -> actor.is(cancelled.owner()) || actor.isAdministrative();
    };
  }

  /**
   * Seeing a proposal: the trade's owner, its author and addressee, whoever accepted it, and staff;
   * an open offer on an open trade is for everyone to see.
   */
  public boolean maySee(Actor actor, Proposal proposal, Trade trade) {
    Offer offer = proposal.offer();
    return actor.isAdministrative()
        || actor.is(trade.owner())
        || actor.is(offer.author())
        || proposal instanceof Proposal.Accepted accepted && actor.is(accepted.acceptedBy())
        || offer.addressee().map(actor::is).orElse(trade instanceof Trade.Open);
  }
}

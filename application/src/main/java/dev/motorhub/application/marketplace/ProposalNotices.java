package dev.motorhub.application.marketplace;

import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Offer;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.NotificationKind;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Tells the other party of every proposal event what happened, as an in-app notification. */
public final class ProposalNotices {
  private final Notifier notifier;

  public ProposalNotices(Notifier notifier) {
    this.notifier = notifier;
  }

  /** The owner's new open offer, to every buyer already negotiating on the trade. */
  void offered(Proposal.Pending offer, Trade trade, List<Proposal> earlier) {
    buyersOf(trade, earlier)
        .forEach(
            buyer ->
                tell(
                    buyer,
                    NotificationKind.PROPOSAL_RECEIVED,
                    "The owner made a new offer on a trade you are negotiating: "
                        + describe(offer.offer().terms()),
                    offer));
  }

  /** A counter-proposal, to the one it is addressed to. */
  void countered(Proposal.Pending counter) {
    counter
        .offer()
        .addressee()
        .ifPresent(
            to ->
                tell(
                    to,
                    NotificationKind.PROPOSAL_RECEIVED,
                    "You received a counter-proposal: " + describe(counter.offer().terms()),
                    counter));
  }

  /** A deal: to the author of the accepted proposal, and to those whose proposals it ended. */
  void accepted(Trade.Acceptance acceptance) {
    Proposal.Accepted accepted = acceptance.accepted();
    tell(
        accepted.offer().author(),
        NotificationKind.PROPOSAL_ACCEPTED,
        "Your proposal was accepted: " + describe(accepted.offer().terms()),
        accepted);
    Set<UserId> dealParties = Set.of(acceptance.trade().owner(), acceptance.trade().buyer());
    closed(acceptance.closed(), dealParties);
  }

  void declined(Proposal.Declined declined) {
    tell(
        declined.offer().author(),
        NotificationKind.PROPOSAL_DECLINED,
        "Your proposal was declined: " + describe(declined.offer().terms()),
        declined);
  }

  /** A proposal taken back: to its addressee, or for an open offer to the trade's buyers. */
  void withdrawn(Proposal.Withdrawn withdrawn, Trade trade, List<Proposal> proposals) {
    Offer offer = withdrawn.offer();
    Collection<UserId> told =
        offer.addressee().map(List::of).orElseGet(() -> List.copyOf(buyersOf(trade, proposals)));
    told.forEach(
        to ->
            tell(
                to,
                NotificationKind.PROPOSAL_CANCELLED,
                "A proposal to you was cancelled by its author: " + describe(offer.terms()),
                withdrawn));
  }

  /**
   * The trade cancelled: to everyone whose proposal it ended, the owner aside, and to the owner
   * when staff cancelled it.
   */
  void cancelled(Trade.Cancellation cancellation, UserId by) {
    Trade.Cancelled trade = cancellation.trade();
    closed(cancellation.closed(), Set.of(trade.owner()));
    if (!by.equals(trade.owner())) {
      notifier.tell(
          trade.owner(),
          NotificationKind.TRADE_CANCELLED,
          "Staff took your vehicle off the marketplace: the trade was cancelled.",
          "trade",
          trade.id().value());
    }
  }

  /** A proposal whose time passed unanswered: to its author, and to its addressee if it had one. */
  void expired(Proposal.Expired expired) {
    Offer offer = expired.offer();
    tell(
        offer.author(),
        NotificationKind.PROPOSAL_EXPIRED,
        "Your proposal expired unanswered: " + describe(offer.terms()),
        expired);
    offer
        .addressee()
        .ifPresent(
            to ->
                tell(
                    to,
                    NotificationKind.PROPOSAL_EXPIRED,
                    "A proposal to you expired unanswered: " + describe(offer.terms()),
                    expired));
  }

  private void closed(List<Proposal.Closed> closed, Set<UserId> except) {
    for (Proposal.Closed proposal : closed) {
      Offer offer = proposal.offer();
      Stream.concat(Stream.of(offer.author()), offer.addressee().stream())
          .filter(party -> !except.contains(party))
          .forEach(
              party ->
                  tell(
                      party,
                      NotificationKind.PROPOSAL_CLOSED,
                      "A proposal of yours was closed: " + proposal.reason(),
                      proposal));
    }
  }

  private static Set<UserId> buyersOf(Trade trade, List<Proposal> proposals) {
    Set<UserId> buyers = new LinkedHashSet<>();
    for (Proposal proposal : proposals) {
      buyers.add(proposal.offer().author());
      proposal.offer().addressee().ifPresent(buyers::add);
    }
    buyers.remove(trade.owner());
    return buyers;
  }

  private void tell(UserId to, NotificationKind kind, String message, Proposal about) {
    notifier.tell(to, kind, message, "proposal", about.id().value());
  }

  private static String describe(ProposalTerms terms) {
    String currency = terms.amount().currency().getCurrencyCode();
    return terms.amount().plain()
        + " "
        + currency
        + ", "
        + terms.downPayment().plain()
        + " down, "
        + terms.instalments()
        + " "
        + terms.frequency().wire()
        + " instalment(s) of "
        + terms.instalment().plain()
        + " over "
        + terms.termDays()
        + " days.";
  }
}

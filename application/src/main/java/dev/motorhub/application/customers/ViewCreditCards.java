package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Reads payment cards: a customer their own, staff anyone's (all of them, or one owner's). A card
 * the caller may not see is reported as not found.
 */
public final class ViewCreditCards {
  private final Transactions tx;
  private final CreditCardRepository cards;
  private final CustomerRecordsPolicy policy;

  public ViewCreditCards(
      Transactions tx, CreditCardRepository cards, CustomerRecordsPolicy policy) {
    this.tx = tx;
    this.cards = cards;
    this.policy = policy;
  }

  public CreditCard get(Principal principal, CardId id) {
    return tx.read(
        () ->
            cards
                .findById(id)
                .filter(card -> policy.maySeeCard(principal.actor(), card))
                .orElseThrow(() -> new NotFound("Credit card")));
  }

  /** The cards of {@code owner}; without one, everyone's for staff and one's own for others. */
  public Page<CreditCard> list(Principal principal, Optional<UserId> owner, PageRequest page) {
    Actor actor = principal.actor();
    Optional<UserId> wanted =
        owner.isEmpty() && !policy.mayListCardsOf(actor, owner) ? Optional.of(actor.id()) : owner;
    AccessPolicy.require(
        policy.mayListCardsOf(actor, wanted), "Only staff list other people's cards.");
    return tx.read(() -> cards.list(wanted, page));
  }
}

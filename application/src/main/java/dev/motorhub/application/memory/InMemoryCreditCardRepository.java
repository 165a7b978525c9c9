package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.customers.CreditCardRepository;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Payment cards in memory, one of each fingerprint per owner, as the database's index keeps. */
final class InMemoryCreditCardRepository implements CreditCardRepository {
  private final Table<UUID, CreditCard> cards;

  InMemoryCreditCardRepository(Table<UUID, CreditCard> cards) {
    this.cards = cards;
  }

  @Override
  public void add(CreditCard card) {
    boolean taken =
        !cards
            .where(
                c -> c.owner().equals(card.owner()) && c.fingerprint().equals(card.fingerprint()))
            .isEmpty();
    if (taken) {
      throw StoreConflict.CARD_ON_FILE.conflict();
    }
    cards.put(card.id().value(), card);
  }

  @Override
  public Optional<CreditCard> findById(CardId id) {
    return cards.get(id.value());
  }

  @Override
  public Page<CreditCard> list(Optional<UserId> owner, PageRequest page) {
    return Page.fromFetched(
        cards.whereAfter(
            page.after(), c -> owner.map(c.owner()::equals).orElse(true), page.limit() + 1),
        page.limit(),
        c -> c.id().value());
  }

  @Override
  public void delete(CardId id) {
    cards.remove(id.value());
  }

  /** Removes the cards of a deleted account. */
  void deleteOf(UserId owner) {
    cards.where(c -> c.owner().equals(owner)).forEach(c -> cards.remove(c.id().value()));
  }
}

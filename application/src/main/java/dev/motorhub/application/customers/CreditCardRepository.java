package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** The payment cards on file. One owner holds a card (by fingerprint) once. */
public interface CreditCardRepository {
  /** Stores a new card; the same card already on its owner's file is a {@code Conflict}. */
  void add(CreditCard card);

  Optional<CreditCard> findById(CardId id);

  /** The cards of {@code owner}, or every card when empty, in id order. */
  Page<CreditCard> list(Optional<UserId> owner, PageRequest page);

  /** Removes the card; payments made with it keep what they recorded of it. */
  void delete(CardId id);
}

package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.shared.NotFound;
import java.util.Objects;

/** The owner, or staff, take a payment card off the file. */
public final class RemoveCreditCard {
  /** Who asks, and which card. */
  public record Command(Principal principal, CardId card) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(card, "card");
    }
  }

  private final Transactions tx;
  private final CreditCardRepository cards;
  private final CustomerRecordsPolicy policy;

  public RemoveCreditCard(
      Transactions tx, CreditCardRepository cards, CustomerRecordsPolicy policy) {
    this.tx = tx;
    this.cards = cards;
    this.policy = policy;
  }

  public void remove(Command command) {
    tx.run(
        () -> {
          var card =
              cards
                  .findById(command.card())
                  .filter(c -> policy.maySeeCard(command.principal().actor(), c))
                  .orElseThrow(() -> new NotFound("Credit card"));
          cards.delete(card.id());
        });
  }
}

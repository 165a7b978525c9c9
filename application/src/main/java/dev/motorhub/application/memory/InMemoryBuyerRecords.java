package dev.motorhub.application.memory;

import dev.motorhub.application.matching.BuyerRecords;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.BuyerFacts;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What the in-memory tables say of a buyer, read as the database's one query reads it. */
final class InMemoryBuyerRecords implements BuyerRecords {
  private final Table<UUID, User> users;
  private final Table<UUID, PhoneVerification> verifications;
  private final Table<UUID, CreditCard> cards;
  private final Table<UUID, Proposal> proposals;
  private final Table<UUID, Trade> trades;

  InMemoryBuyerRecords(
      Table<UUID, User> users,
      Table<UUID, PhoneVerification> verifications,
      Table<UUID, CreditCard> cards,
      Table<UUID, Proposal> proposals,
      Table<UUID, Trade> trades) {
    this.users = users;
    this.verifications = verifications;
    this.cards = cards;
    this.proposals = proposals;
    this.trades = trades;
  }

  @Override
  public BuyerFacts factsOf(UserId buyer, LocalDate today) {
    Optional<User> user = users.get(buyer.value());
    boolean verified =
        user.isPresent()
            && verifications
                .get(buyer.value())
                .map(v -> v.verifies(user.get().phone()))
                .orElse(false);
    boolean card = !cards.where(c -> c.owner().equals(buyer) && !c.isExpiredOn(today)).isEmpty();
    boolean withdrew =
        !proposals
            .where(
                p ->
                    p instanceof Proposal.Withdrawn
                        && p.offer().author().equals(buyer)
                        && trades
                            .get(p.offer().trade().value())
                            .map(t -> !t.owner().equals(buyer))
                            .orElse(false))
            .isEmpty();
    return new BuyerFacts(verified, card, withdrew);
  }
}

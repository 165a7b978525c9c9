package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a proposal puts forward, whatever became of it: on which trade, by whom, to whom (nobody in
 * particular for the owner's open offers), in answer to which proposal, on what terms, and until
 * when it stands.
 */
public record Offer(
    ProposalId id,
    TradeId trade,
    UserId author,
    Optional<UserId> addressee,
    Optional<ProposalId> counterTo,
    ProposalTerms terms,
    String note,
    Instant createdAt,
    Instant expiresAt) {

  public Offer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(counterTo, "counterTo");
    Objects.requireNonNull(terms, "terms");
    note = Text.bounded(note, "note", 2000);
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A proposal must stand for some time");
    }
  }

  /** Whether {@code user} is the one this offer waits on: its addressee, or any buyer. */
  public boolean awaits(UserId user, UserId tradeOwner) {
    return !user.equals(author) && addressee.map(user::equals).orElse(!user.equals(tradeOwner));
  }
}

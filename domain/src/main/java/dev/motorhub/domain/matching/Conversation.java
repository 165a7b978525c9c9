package dev.motorhub.domain.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The conversation of a mutual match: opened when a seller accepts a buyer's interest, between
 * those two alone.
 *
 * <p>While open, either party writes messages. A block between the two closes it for good: its
 * history stays readable by both, and nothing more is written. A conversation belongs to exactly
 * one accepted interest.
 */
public record Conversation(
    ConversationId id,
    InterestId interest,
    UserId buyer,
    UserId seller,
    Instant openedAt,
    Optional<Instant> closedAt) {

  /** Why nothing more is written in a closed conversation. */
  public static final String CLOSED = "This conversation is closed: one of you blocked the other.";

  public Conversation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /** The conversation an accepted interest opens. */
  public static Conversation open(ConversationId id, Interest accepted, Instant at) {
    return new Conversation(
        id, accepted.id(), accepted.buyer(), accepted.seller(), at, Optional.empty());
  }

  public boolean isParty(UserId user) {
    return buyer.equals(user) || seller.equals(user);
  }

  public UserId otherThan(UserId user) {
    return buyer.equals(user) ? seller : buyer;
  }

  public boolean isOpen() {
    return closedAt.isEmpty();
  }

  /** Closed by a block; closing a closed conversation leaves it as it was. */
  public Conversation close(Instant at) {
    return isOpen()
        ? new Conversation(id, interest, buyer, seller, openedAt, Optional.of(at))
        : this;
  }

  /** A message from {@code sender}, one of the two, while it is open. */
  public Message write(MessageId id, UserId sender, String text, Instant at) {
    if (!isOpen()) {
      throw new RuleViolated(CLOSED);
    }
    return new Message(id, this.id, sender, text, at, Optional.empty());
  }
}

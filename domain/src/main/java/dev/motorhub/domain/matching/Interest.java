package dev.motorhub.domain.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer's interest in a seller's open trade, with an optional short message.
 *
 * <p>An interest is sent pending; only the seller answers it, once: accepting it makes a mutual
 * match (a conversation opens between the two), declining it ends it, and a declined buyer may not
 * send another on that trade. A pending interest closes unanswered when its trade closes or is
 * cancelled. A buyer has at most one pending interest in a trade (the store enforces it). An
 * answered or closed interest never changes again.
 */
public record Interest(
    InterestId id,
    TradeId trade,
    UserId buyer,
    UserId seller,
    String message,
    InterestStatus status,
    Instant sentAt,
    Optional<Instant> answeredAt) {

  /** The longest message an interest carries. */
  public static final int MAX_MESSAGE = 500;

  public Interest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(seller, "seller");
    message = Text.bounded(message, "message", MAX_MESSAGE);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(answeredAt, "answeredAt");
  }

  /** A new pending interest of {@code buyer} in {@code seller}'s trade. */
  public static Interest send(
      InterestId id, TradeId trade, UserId buyer, UserId seller, String message, Instant at) {
    if (buyer.equals(seller)) {
      throw new RuleViolated("You cannot send an interest in your own trade.");
    }
    return new Interest(
        id, trade, buyer, seller, message, InterestStatus.PENDING, at, Optional.empty());
  }

  /** Whether {@code user} is its buyer or its seller. */
  public boolean isParty(UserId user) {
    return buyer.equals(user) || seller.equals(user);
  }

  /** The other party to {@code user}. */
  public UserId otherThan(UserId user) {
    return buyer.equals(user) ? seller : buyer;
  }

  /** The seller accepts the pending interest: a mutual match. */
  public Interest accept(Instant at) {
    return answer(InterestStatus.ACCEPTED, at);
  }

  /** The seller declines the pending interest; the buyer may not send another on this trade. */
  public Interest decline(Instant at) {
    return answer(InterestStatus.DECLINED, at);
  }

  /** Its trade closed or was cancelled before the seller answered. */
  public Interest close(Instant at) {
    return answer(InterestStatus.CLOSED, at);
  }

  private Interest answer(InterestStatus to, Instant at) {
    if (status != InterestStatus.PENDING) {
      throw new RuleViolated("This interest was already " + status.wire() + ".");
    }
    return new Interest(id, trade, buyer, seller, message, to, sentAt, Optional.of(at));
  }
}

package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.TradeRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The seller accepts or declines a pending interest, under the trade's lock so that two answers
 * happen one at a time. Accepting makes a mutual match: a conversation opens between the two (not
 * while one of them blocks the other, nor once the trade has closed). The buyer is told.
 */
public final class AnswerInterest {
  /** Who answers which interest. */
  public record Command(Principal principal, InterestId interest) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(interest, "interest");
    }
  }

  /** What accepting made: the accepted interest and the conversation it opened. */
  public record Accepted(Interest interest, Conversation conversation) {}

  private final Transactions tx;
  private final TradeRepository trades;
  private final InterestRepository interests;
  private final ConversationRepository conversations;
  private final BlockRepository blocks;
  private final InterestAccess access;
  private final InterestNotices notices;
  private final IdGenerator ids;
  private final Clock clock;

  public AnswerInterest(
      Transactions tx,
      TradeRepository trades,
      InterestRepository interests,
      ConversationRepository conversations,
      BlockRepository blocks,
      InterestAccess access,
      InterestNotices notices,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.trades = trades;
    this.interests = interests;
    this.conversations = conversations;
    this.blocks = blocks;
    this.access = access;
    this.notices = notices;
    this.ids = ids;
    this.clock = clock;
  }

  public Accepted accept(Command command) {
    return tx.inTransaction(
        () -> {
          Interest interest = lockedForSeller(command);
          Trade trade = trades.lock(interest.trade()).orElseThrow(() -> new NotFound("Trade"));
          if (!(trade instanceof Trade.Open)) {
            throw new RuleViolated("This trade is " + trade.status() + ": decline the interest.");
          }
          if (blocks.isBlocked(interest.buyer(), interest.seller())) {
            throw new RuleViolated("One of you blocked the other: decline the interest.");
          }
          Instant now = clock.instant();
          Interest accepted = interest.accept(now);
          interests.update(accepted);
          Conversation conversation =
              Conversation.open(new ConversationId(ids.next()), accepted, now);
          conversations.add(conversation);
          notices.accepted(accepted);
          return new Accepted(accepted, conversation);
        });
  }

  public Interest decline(Command command) {
    return tx.inTransaction(
        () -> {
          Interest declined = lockedForSeller(command).decline(clock.instant());
          interests.update(declined);
          notices.declined(declined);
          return declined;
        });
  }

  /** The interest, read again under its trade's lock; only its seller answers it. */
  private Interest lockedForSeller(Command command) {
    var actor = command.principal().actor();
    Interest seen = access.interest(actor, command.interest());
    trades.lock(seen.trade());
    Interest interest = interests.findById(seen.id()).orElseThrow(() -> new NotFound("Interest"));
    if (!interest.seller().equals(actor.id())) {
      throw new Forbidden("Only the seller answers an interest.");
    }
    return interest;
  }
}

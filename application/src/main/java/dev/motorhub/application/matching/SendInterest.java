package dev.motorhub.application.matching;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.marketplace.TradeRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.matching.PlanLimits;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer sends an interest in an open trade, with an optional short message: never in their own
 * trade, never between two users one of whom blocked the other, not while one is pending, not again
 * after the seller declined, only from a buyer who meets what the seller asks of buyers (reciprocal
 * matching), and only on a plan that has not ended whose interests this month are not spent. The
 * trade's lock orders two interests in one trade, the sender's lock two interests of one buyer
 * counted against the limit; the seller is told.
 */
public final class SendInterest {
  /** Why an interest is refused after a decline. */
  public static final String DECLINED =
      "The seller declined your interest in this trade; you cannot send another.";

  /** Who asks, in which trade, and what they say. */
  public record Command(Principal principal, TradeId trade, String message) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(trade, "trade");
      message = Text.bounded(message, "message", Interest.MAX_MESSAGE);
    }
  }

  private final Transactions tx;
  private final TradeRepository trades;
  private final InterestRepository interests;
  private final BlockRepository blocks;
  private final UserRepository users;
  private final SubscriptionPlanRepository plans;
  private final PlanLimits limits;
  private final InterestNotices notices;
  private final BuyerChecks checks;
  private final IdGenerator ids;
  private final Clock clock;

  public SendInterest(
      Transactions tx,
      TradeRepository trades,
      InterestRepository interests,
      BlockRepository blocks,
      UserRepository users,
      SubscriptionPlanRepository plans,
      PlanLimits limits,
      InterestNotices notices,
      BuyerChecks checks,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.trades = trades;
    this.interests = interests;
    this.blocks = blocks;
    this.users = users;
    this.plans = plans;
    this.limits = limits;
    this.notices = notices;
    this.checks = checks;
    this.ids = ids;
    this.clock = clock;
  }

  public Interest send(Command command) {
    UserId buyer = command.principal().actor().id();
    return tx.inTransaction(
        () -> {
          Trade trade = trades.lock(command.trade()).orElseThrow(() -> new NotFound("Trade"));
          if (!(trade instanceof Trade.Open)) {
            throw new RuleViolated("This trade is " + trade.status() + ": it takes no interests.");
          }
          if (trade.owner().equals(buyer)) {
            throw new RuleViolated("You cannot send an interest in your own trade.");
          }
          if (blocks.isBlocked(buyer, trade.owner())) {
            throw new RuleViolated("You cannot send this interest: one of you blocked the other.");
          }
          if (interests.exists(trade.id(), buyer, InterestStatus.PENDING)) {
            throw StoreConflict.INTEREST_PENDING.conflict();
          }
          if (interests.exists(trade.id(), buyer, InterestStatus.DECLINED)) {
            throw new Conflict("", DECLINED);
          }
          checks.require(buyer, trade.id());
          interests.lockSender(buyer);
          Instant now = clock.instant();
          User user = users.findById(buyer).orElseThrow(() -> new NotFound("User"));
          int sent = interests.countSentSince(buyer, limits.monthStart(now));
          limits.requireInterestAllowed(user, user.plan().flatMap(plans::findById), sent, now);
          Interest interest =
              Interest.send(
                  new InterestId(ids.next()),
                  trade.id(),
                  buyer,
                  trade.owner(),
                  command.message(),
                  now);
          interests.add(interest);
          notices.sent(interest);
          return interest;
        });
  }
}

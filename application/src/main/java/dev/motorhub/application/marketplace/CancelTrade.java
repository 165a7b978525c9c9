package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The owner (or staff) takes a vehicle off the market while nothing is accepted: the trade is
 * cancelled and its pending proposals close, their other parties told; what else ends with the
 * trade ({@link TradeEndings}) ends in the same unit of work.
 */
public final class CancelTrade {
  /** Who asks, and which trade. */
  public record Command(Principal principal, TradeId trade) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(trade, "trade");
    }
  }

  private final Transactions tx;
  private final Negotiations negotiations;
  private final TradeRepository trades;
  private final ProposalRepository proposals;
  private final MarketplacePolicy policy;
  private final ProposalNotices notices;
  private final TradeEndings endings;
  private final Clock clock;

  public CancelTrade(
      Transactions tx,
      Negotiations negotiations,
      TradeRepository trades,
      ProposalRepository proposals,
      MarketplacePolicy policy,
      ProposalNotices notices,
      TradeEndings endings,
      Clock clock) {
    this.tx = tx;
    this.negotiations = negotiations;
    this.trades = trades;
    this.proposals = proposals;
    this.policy = policy;
    this.notices = notices;
    this.endings = endings;
    this.clock = clock;
  }

  public Trade.Cancellation cancel(Command command) {
    return tx.inTransaction(
        () -> {
          Instant now = clock.instant();
          Trade.Open trade = negotiations.openTrade(command.principal(), command.trade());
          AccessPolicy.require(
              policy.mayCancel(command.principal().actor(), trade),
              "Only the trade's owner or staff can cancel it.");
          Trade.Cancellation cancellation = trade.cancel(proposals.listByTrade(trade.id()), now);
          trades.update(cancellation.trade());
          cancellation.closed().forEach(proposals::update);
          notices.cancelled(cancellation, command.principal().actor().id());
          endings.ended(trade.id(), now);
          return cancellation;
        });
  }
}

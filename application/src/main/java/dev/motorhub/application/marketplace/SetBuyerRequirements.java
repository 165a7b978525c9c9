package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Clock;
import java.util.Objects;

/**
 * A trade's owner, or staff, set what the trade asks of buyers (reciprocal matching), while it is
 * open; the new requirements replace the old and hold for interests sent from now on.
 */
public final class SetBuyerRequirements {
  /** Who asks, for which trade, and what it is to ask of buyers. */
  public record Command(Principal principal, TradeId trade, BuyerRequirements requirements) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(trade, "trade");
      Objects.requireNonNull(requirements, "requirements");
    }
  }

  private final Transactions tx;
  private final Negotiations negotiations;
  private final BuyerRequirementRepository requirements;
  private final MarketplacePolicy policy;
  private final Clock clock;

  public SetBuyerRequirements(
      Transactions tx,
      Negotiations negotiations,
      BuyerRequirementRepository requirements,
      MarketplacePolicy policy,
      Clock clock) {
    this.tx = tx;
    this.negotiations = negotiations;
    this.requirements = requirements;
    this.policy = policy;
    this.clock = clock;
  }

  public BuyerRequirements set(Command command) {
    return tx.inTransaction(
        () -> {
          Trade.Open trade = negotiations.openTrade(command.principal(), command.trade());
          AccessPolicy.require(
              policy.mayAskOfBuyers(command.principal().actor(), trade),
              "Only the trade's owner or staff set what it asks of buyers.");
          requirements.put(trade.id(), command.requirements(), clock.instant());
          return command.requirements();
        });
  }
}

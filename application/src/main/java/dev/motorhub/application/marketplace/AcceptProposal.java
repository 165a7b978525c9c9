package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.Trade;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer takes the owner's proposal, or the owner a buyer's: the trade closes with the deal, every
 * other pending proposal on it closes with the reason, and a sale issues the owner the service's
 * invoice and leaves the vehicle waiting in the owner's garage to be handed over to the buyer; what
 * else ends with the trade ({@link TradeEndings}) ends in the same unit of work. Of two accepts at
 * once on one trade, exactly one wins.
 */
public final class AcceptProposal {
  /** Who asks, and which proposal they accept. */
  public record Command(Principal principal, ProposalId proposal) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(proposal, "proposal");
    }
  }

  private final Transactions tx;
  private final Negotiations negotiations;
  private final TradeRepository trades;
  private final ProposalRepository proposals;
  private final MarketplacePolicy policy;
  private final TradeInvoicing invoicing;
  private final TradedVehicles vehicles;
  private final ProposalNotices notices;
  private final TradeEndings endings;
  private final Clock clock;

  public AcceptProposal(
      Transactions tx,
      Negotiations negotiations,
      TradeRepository trades,
      ProposalRepository proposals,
      MarketplacePolicy policy,
      TradeInvoicing invoicing,
      TradedVehicles vehicles,
      ProposalNotices notices,
      TradeEndings endings,
      Clock clock) {
    this.tx = tx;
    this.negotiations = negotiations;
    this.trades = trades;
    this.proposals = proposals;
    this.policy = policy;
    this.invoicing = invoicing;
    this.vehicles = vehicles;
    this.notices = notices;
    this.endings = endings;
    this.clock = clock;
  }

  public Trade.Acceptance accept(Command command) {
    Principal principal = command.principal();
    policy.requireTrader(principal.actor());
    return tx.inTransaction(
        () -> {
          Instant now = clock.instant();
          Negotiations.Pending pending = negotiations.pending(principal, command.proposal(), now);
          TradedVehicles.Held vehicle = vehicles.hold(pending.trade());
          Trade.Acceptance acceptance =
              pending
                  .trade()
                  .accept(
                      pending.proposal(),
                      principal.actor().id(),
                      vehicle.kind(),
                      proposals.listByTrade(pending.trade().id()),
                      now);
          trades.update(acceptance.trade());
          proposals.update(acceptance.accepted());
          acceptance.closed().forEach(proposals::update);
          vehicles.dealt(vehicle, acceptance.trade(), now);
          invoicing.proposalAccepted(acceptance.trade());
          notices.accepted(acceptance);
          endings.ended(acceptance.trade().id(), now);
          return acceptance;
        });
  }
}

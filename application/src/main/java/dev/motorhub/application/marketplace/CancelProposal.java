package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.notifications.Change;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The author of a pending proposal takes it back; whoever it was made to is told. An open offer of
 * the owner's taken back changes the trade's asking price (to an earlier offer's, or none): the
 * trade is queued for the buyers it may now fit to be told of it.
 */
public final class CancelProposal {
  /** Who asks, and which of their proposals. */
  public record Command(Principal principal, ProposalId proposal) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(proposal, "proposal");
    }
  }

  private final Transactions tx;
  private final Negotiations negotiations;
  private final ProposalRepository proposals;
  private final ProposalNotices notices;
  private final MarketplacePolicy policy;
  private final ChangeLog changes;
  private final Clock clock;

  public CancelProposal(
      Transactions tx,
      Negotiations negotiations,
      ProposalRepository proposals,
      ProposalNotices notices,
      MarketplacePolicy policy,
      ChangeLog changes,
      Clock clock) {
    this.tx = tx;
    this.negotiations = negotiations;
    this.proposals = proposals;
    this.notices = notices;
    this.policy = policy;
    this.changes = changes;
    this.clock = clock;
  }

  public Proposal.Withdrawn cancel(Command command) {
    policy.requireTrader(command.principal().actor());
    return tx.inTransaction(
        () -> {
          Instant now = clock.instant();
          Negotiations.Pending pending =
              negotiations.pending(command.principal(), command.proposal(), now);
          Proposal.Withdrawn withdrawn =
              pending.proposal().withdraw(command.principal().actor().id(), now);
          proposals.update(withdrawn);
          if (withdrawn.offer().addressee().isEmpty()) {
            changes.changed(Change.TRADE, pending.trade().id().value());
          }
          notices.withdrawn(
              withdrawn, pending.trade(), proposals.listByTrade(pending.trade().id()));
          return withdrawn;
        });
  }
}

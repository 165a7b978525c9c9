package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** The author of a pending proposal takes it back; whoever it was made to is told. */
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
  private final Clock clock;

  public CancelProposal(
      Transactions tx,
      Negotiations negotiations,
      ProposalRepository proposals,
      ProposalNotices notices,
      MarketplacePolicy policy,
      Clock clock) {
    this.tx = tx;
    this.negotiations = negotiations;
    this.proposals = proposals;
    this.notices = notices;
    this.policy = policy;
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
          notices.withdrawn(
              withdrawn, pending.trade(), proposals.listByTrade(pending.trade().id()));
          return withdrawn;
        });
  }
}

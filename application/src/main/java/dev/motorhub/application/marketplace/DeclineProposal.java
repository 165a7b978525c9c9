package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** The one a proposal is addressed to turns it down; its author is told. */
public final class DeclineProposal {
  /** Who asks, and which proposal they decline. */
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

  public DeclineProposal(
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

  public Proposal.Declined decline(Command command) {
    policy.requireTrader(command.principal().actor());
    return tx.inTransaction(
        () -> {
          Instant now = clock.instant();
          Negotiations.Pending pending =
              negotiations.pending(command.principal(), command.proposal(), now);
          Proposal.Declined declined =
              pending.proposal().decline(command.principal().actor().id(), pending.trade(), now);
          proposals.update(declined);
          notices.declined(declined);
          return declined;
        });
  }
}

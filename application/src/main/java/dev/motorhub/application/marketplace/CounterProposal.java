package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer answers the owner's proposal with other terms, or the owner answers a buyer's: the
 * counter-proposal goes to the author of the one it answers.
 */
public final class CounterProposal {
  /** Who asks, which proposal they answer, and their terms. */
  public record Command(Principal principal, ProposalId proposal, ProposalForm form) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(form, "form");
    }
  }

  private final Transactions tx;
  private final Negotiations negotiations;
  private final ProposalRepository proposals;
  private final MarketplacePolicy policy;
  private final TradeInvoicing invoicing;
  private final ProposalNotices notices;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final Clock clock;

  public CounterProposal(
      Transactions tx,
      Negotiations negotiations,
      ProposalRepository proposals,
      MarketplacePolicy policy,
      TradeInvoicing invoicing,
      ProposalNotices notices,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.negotiations = negotiations;
    this.proposals = proposals;
    this.policy = policy;
    this.invoicing = invoicing;
    this.notices = notices;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  public Proposal.Pending counter(Command command) {
    Principal principal = command.principal();
    policy.requireTrader(principal.actor());
    ProposalTerms terms = command.form().terms(settings.currency());
    return tx.inTransaction(
        () -> {
          Instant now = clock.instant();
          Negotiations.Pending answered = negotiations.pending(principal, command.proposal(), now);
          Proposal.Countering countering =
              answered
                  .proposal()
                  .counter(
                      new ProposalId(ids.next()),
                      principal.actor().id(),
                      answered.trade(),
                      terms,
                      command.form().note(),
                      now,
                      settings.proposalTtl());
          if (countering.answered() != answered.proposal()) {
            proposals.update(countering.answered());
          }
          proposals.add(countering.counter());
          invoicing.proposalSubmitted(answered.trade(), false);
          notices.countered(countering.counter());
          return countering.counter();
        });
  }
}

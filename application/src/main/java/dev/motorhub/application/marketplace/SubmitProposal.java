package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.notifications.Change;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The owner of a trade makes an offer that any other customer may take. On a lease trade, the first
 * proposal issues the owner the service's invoice for the exposure. The offer is the trade's new
 * asking price: the trade is queued for the buyers it may now fit to be told of it.
 */
public final class SubmitProposal {
  /** Who asks, on which trade, with what terms. */
  public record Command(Principal principal, TradeId trade, ProposalForm form) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(trade, "trade");
      Objects.requireNonNull(form, "form");
    }
  }

  private final Transactions tx;
  private final Negotiations negotiations;
  private final ProposalRepository proposals;
  private final MarketplacePolicy policy;
  private final TradeInvoicing invoicing;
  private final ProposalNotices notices;
  private final ChangeLog changes;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final Clock clock;

  public SubmitProposal(
      Transactions tx,
      Negotiations negotiations,
      ProposalRepository proposals,
      MarketplacePolicy policy,
      TradeInvoicing invoicing,
      ProposalNotices notices,
      ChangeLog changes,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.negotiations = negotiations;
    this.proposals = proposals;
    this.policy = policy;
    this.invoicing = invoicing;
    this.notices = notices;
    this.changes = changes;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  public Proposal.Pending submit(Command command) {
    Principal principal = command.principal();
    policy.requireTrader(principal.actor());
    ProposalTerms terms = command.form().terms(settings.currency());
    return tx.inTransaction(
        () -> {
          Instant now = clock.instant();
          Trade.Open trade = negotiations.openTrade(principal, command.trade());
          List<Proposal> earlier = proposals.listByTrade(trade.id());
          Proposal.Pending offer =
              Proposal.Pending.offer(
                  new ProposalId(ids.next()),
                  trade,
                  principal.actor().id(),
                  terms,
                  command.form().note(),
                  now,
                  settings.proposalTtl());
          proposals.add(offer);
          invoicing.proposalSubmitted(trade, earlier.isEmpty());
          notices.offered(offer, trade, earlier);
          changes.changed(Change.TRADE, trade.id().value());
          return offer;
        });
  }
}

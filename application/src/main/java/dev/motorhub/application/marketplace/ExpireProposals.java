package dev.motorhub.application.marketplace;

import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.notifications.Change;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The expiry sweep: proposals still pending past their time are stored as expired, and their author
 * (and addressee, if any) are told. One batch a call, in one unit of work that holds the proposals
 * it takes, so instances sweeping at once never expire, nor tell of, one proposal twice. An open
 * offer of the owner's that expires changes its trade's asking price: the trade is queued for the
 * buyers it may now fit to be told of it.
 */
public final class ExpireProposals {
  /** The most proposals one call expires. */
  public static final int BATCH = 100;

  private final Transactions tx;
  private final ProposalRepository proposals;
  private final ProposalNotices notices;
  private final ChangeLog changes;
  private final Clock clock;

  public ExpireProposals(
      Transactions tx,
      ProposalRepository proposals,
      ProposalNotices notices,
      ChangeLog changes,
      Clock clock) {
    this.tx = tx;
    this.proposals = proposals;
    this.notices = notices;
    this.changes = changes;
    this.clock = clock;
  }

  /** Expires one batch; answers how many it expired ({@link #BATCH} when more may be waiting). */
  public int expire() {
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> {
          List<Proposal.Pending> due = proposals.claimExpired(now, BATCH);
          for (Proposal.Pending pending : due) {
            Proposal.Expired expired = pending.expire(now);
            proposals.update(expired);
            notices.expired(expired);
            if (expired.offer().addressee().isEmpty()) {
              changes.changed(Change.TRADE, expired.offer().trade().value());
            }
          }
          return due.size();
        });
  }
}

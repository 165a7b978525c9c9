package dev.motorhub.application.memory;

import dev.motorhub.application.marketplace.ProposalRepository;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Proposals in memory, in id (that is, creation) order. */
final class InMemoryProposalRepository implements ProposalRepository {
  private final Table<UUID, Proposal> proposals;

  InMemoryProposalRepository(Table<UUID, Proposal> proposals) {
    this.proposals = proposals;
  }

  @Override
  public void add(Proposal.Pending proposal) {
    proposals.put(proposal.id().value(), proposal);
  }

  @Override
  public void update(Proposal proposal) {
    proposals.put(proposal.id().value(), proposal);
  }

  @Override
  public Optional<Proposal> findById(ProposalId id) {
    return proposals.get(id.value());
  }

  @Override
  public List<Proposal> listByTrade(TradeId trade) {
    return proposals.where(p -> p.offer().trade().equals(trade));
  }

  /** One process, one transaction at a time: whatever is found is the caller's until it ends. */
  @Override
  public List<Proposal.Pending> claimExpired(Instant now, int limit) {
    return proposals
        .where(p -> p instanceof Proposal.Pending pending && pending.isExpired(now))
        .stream()
        .map(Proposal.Pending.class::cast)
        .sorted(Comparator.comparing((Proposal.Pending p) -> p.offer().expiresAt()))
        .limit(limit)
        .toList();
  }
}

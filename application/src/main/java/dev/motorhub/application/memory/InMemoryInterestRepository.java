package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.matching.InterestFilter;
import dev.motorhub.application.matching.InterestRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Interests in memory; as the database's partial index does, one pending a buyer and trade. */
final class InMemoryInterestRepository implements InterestRepository {
  private final Table<UUID, Interest> interests;

  InMemoryInterestRepository(Table<UUID, Interest> interests) {
    this.interests = interests;
  }

  @Override
  public void add(Interest interest) {
    if (exists(interest.trade(), interest.buyer(), InterestStatus.PENDING)) {
      throw StoreConflict.INTEREST_PENDING.conflict();
    }
    interests.put(interest.id().value(), interest);
  }

  @Override
  public void update(Interest interest) {
    interests.put(interest.id().value(), interest);
  }

  @Override
  public Optional<Interest> findById(InterestId id) {
    return interests.get(id.value());
  }

  @Override
  public boolean exists(TradeId trade, UserId buyer, InterestStatus status) {
    return !interests
        .where(i -> i.trade().equals(trade) && i.buyer().equals(buyer) && i.status() == status)
        .isEmpty();
  }

  @Override
  public List<Interest> pendingIn(TradeId trade) {
    return interests.where(i -> i.trade().equals(trade) && i.status() == InterestStatus.PENDING);
  }

  @Override
  public int countSentSince(UserId buyer, Instant since) {
    return interests.where(i -> i.buyer().equals(buyer) && !i.sentAt().isBefore(since)).size();
  }

  @Override
  public void lockSender(UserId buyer) {
    // Nothing to do: the in-memory store runs one unit of work at a time.
  }

  @Override
  public Page<Interest> list(InterestFilter filter, PageRequest page) {
    return Page.fromFetched(
        interests.whereBefore(
            page.after(), i -> filter.test(i.buyer(), i.seller(), i.status()), page.limit() + 1),
        page.limit(),
        i -> i.id().value());
  }

  void deleteOf(UserId user) {
    interests.where(i -> i.isParty(user)).forEach(i -> interests.remove(i.id().value()));
  }
}

package dev.motorhub.application.matching;

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

/** Interests in trades; a buyer has at most one pending interest in a trade. */
public interface InterestRepository {
  /**
   * Stores a new interest; a second pending one of its buyer in its trade is a Conflict ({@code
   * StoreConflict.INTEREST_PENDING}).
   */
  void add(Interest interest);

  void update(Interest interest);

  Optional<Interest> findById(InterestId id);

  /** Whether {@code buyer} has an interest in {@code trade} in {@code status}. */
  boolean exists(TradeId trade, UserId buyer, InterestStatus status);

  /** The pending interests in {@code trade}, in no particular order. */
  List<Interest> pendingIn(TradeId trade);

  /** How many interests {@code buyer} sent at or after {@code since}. */
  int countSentSince(UserId buyer, Instant since);

  /**
   * Holds {@code buyer}'s sending of interests until the end of the unit of work, so that two
   * interests of one buyer are counted against the plan's limit one after the other.
   */
  void lockSender(UserId buyer);

  /** The interests that meet {@code filter}, newest first; the cursor is the last one's id. */
  Page<Interest> list(InterestFilter filter, PageRequest page);
}

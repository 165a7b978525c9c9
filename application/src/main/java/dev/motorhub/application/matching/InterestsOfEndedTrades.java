package dev.motorhub.application.matching;

import dev.motorhub.application.marketplace.TradeEndings;
import dev.motorhub.domain.marketplace.TradeId;
import java.time.Instant;

/**
 * The pending interests in a trade that closed or was cancelled close unanswered, their buyers
 * told; accepted and declined ones stay as they are.
 */
public final class InterestsOfEndedTrades implements TradeEndings {
  private final InterestRepository interests;
  private final InterestNotices notices;

  public InterestsOfEndedTrades(InterestRepository interests, InterestNotices notices) {
    this.interests = interests;
    this.notices = notices;
  }

  @Override
  public void ended(TradeId trade, Instant at) {
    for (var pending : interests.pendingIn(trade)) {
      var closed = pending.close(at);
      interests.update(closed);
      notices.closed(closed);
    }
  }
}

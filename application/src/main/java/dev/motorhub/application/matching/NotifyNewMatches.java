package dev.motorhub.application.matching;

import dev.motorhub.application.notifications.ChangeQueue;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.notifications.Change;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells each buyer, once per saved search and trade, of an open trade that newly fits the search at
 * the default threshold or above, whatever brought it in: a new trade, an asking price or a vehicle
 * that changed, a search saved, changed or resumed. It goes through what changed since it last ran
 * (the {@link ChangeQueue}), not through every search: a changed trade finds the searches it may
 * fit through {@link SearchesFitting}, a changed search its candidates through {@link
 * MatchCandidates}. A batch of changes a unit of work: the changes are claimed (another instance
 * skips them), told of and taken off the queue together, so a change committed late is told of at
 * the next run and none twice. What was told is kept, so a trade that drops out of range and comes
 * back, or a change seen by two instances, tells nothing twice; a closed trade is never told of.
 */
public final class NotifyNewMatches {
  public static final int BATCH = 100;

  /** In one order for every instance, so two writing the same sent reminders never deadlock. */
  private static final Comparator<Match> TOLD_IN_ORDER =
      Comparator.comparing((Match m) -> m.preference().id().value())
          .thenComparing(m -> m.subject().trade().id().value());

  private final Transactions tx;
  private final ChangeQueue changes;
  private final PreferenceRepository preferences;
  private final SearchesFitting searches;
  private final PreferenceMatcher matcher;
  private final TradeMatcher trades;
  private final MatchNotices notices;

  public NotifyNewMatches(
      Transactions tx,
      ChangeQueue changes,
      PreferenceRepository preferences,
      SearchesFitting searches,
      PreferenceMatcher matcher,
      MatchNotices notices) {
    this.tx = tx;
    this.changes = changes;
    this.preferences = preferences;
    this.searches = searches;
    this.matcher = matcher;
    this.trades = new TradeMatcher(searches, matcher);
    this.notices = notices;
  }

  /** Works off every change queued so far; answers how many buyers' notices it left. */
  public int notifyBuyers() {
    int notices = 0;
    while (true) {
      Batch batch = tx.inTransaction(this::tellBatch);
      notices += batch.notices();
      if (batch.changes() < BATCH) {
        return notices;
      }
    }
  }

  /** Tells of one batch of changes; answers whether it was a full one (more may be waiting). */
  public boolean notifyBatch() {
    return tx.inTransaction(this::tellBatch).changes() == BATCH;
  }

  private record Batch(int changes, int notices) {}

  private Batch tellBatch() {
    List<Change> claimed = changes.claim(BATCH);
    Set<Match> news = new TreeSet<>(TOLD_IN_ORDER);
    for (Change change : claimed) {
      news.addAll(matchesAfter(change));
      changes.remove(change);
    }
    int told = 0;
    for (Match match : news) {
      if (notices.tell(match)) {
        told++;
      }
    }
    return new Batch(claimed.size(), told);
  }

  /** The matches {@code change} may have brought; none for a subject gone, closed or paused. */
  private List<Match> matchesAfter(Change change) {
    int threshold = MatchingPolicy.DEFAULT_THRESHOLD;
    return switch (change.subjectType()) {
      case Change.TRADE ->
          searches
              .subjectOf(new TradeId(change.subjectId()))
              .map(s -> trades.matches(s, threshold))
              .orElse(List.of());
      case Change.VEHICLE ->
          searches
              .subjectOfVehicle(new VehicleId(change.subjectId()))
              .map(s -> trades.matches(s, threshold))
              .orElse(List.of());
      case Change.PREFERENCE ->
          preferences
              .findById(new PreferenceId(change.subjectId()))
              .filter(p -> !p.paused())
              .map(p -> matcher.matches(p, matcher.hiddenFrom(p.owner()), threshold))
              .orElse(List.of());
      default -> List.of();
    };
  }
}

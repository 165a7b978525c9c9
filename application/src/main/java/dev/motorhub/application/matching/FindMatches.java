package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.MatchingPolicy;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A buyer's matches: for each of their active saved searches, the open trades of others that the
 * store's candidates hold, scored by {@link MatchScoring}; a trade that fits several searches is
 * listed once, under the one it scores best on (the earliest saved on a tie), and never a trade of
 * someone the buyer blocked or was blocked by. Those at or above the threshold, best first (then by
 * trade id), a page at a time after an opaque cursor; each says whether the buyer meets what the
 * trade's owner asks of buyers, and a buyer may ask for only those they meet.
 */
public final class FindMatches {
  /**
   * What a buyer asks: a threshold (as sent; the policy's default when absent), whether only the
   * trades whose every requirement of buyers they meet ({@code "true"}; absent or {@code "false"}:
   * every match), and a page.
   */
  public record Query(String minScore, String mutual, String limit, String cursor) {
    /** Every match, mutual or not. */
    public Query(String minScore, String limit, String cursor) {
      this(minScore, null, limit, cursor);
    }
  }

  private static final Comparator<Match> BEST_FIRST =
      Comparator.comparingInt(Match::score)
          .reversed()
          .thenComparing(m -> m.subject().trade().id().value(), MatchCandidates.TRADE_ORDER);

  private final Transactions tx;
  private final PreferenceRepository preferences;
  private final PreferenceMatcher matcher;
  private final MatchingPolicy policy;
  private final BuyerChecks checks;

  public FindMatches(
      Transactions tx,
      PreferenceRepository preferences,
      PreferenceMatcher matcher,
      MatchingPolicy policy,
      BuyerChecks checks) {
    this.tx = tx;
    this.preferences = preferences;
    this.matcher = matcher;
    this.policy = policy;
    this.checks = checks;
  }

  public Page<Match> find(Principal principal, Query query) {
    Actor actor = principal.actor();
    AccessPolicy.require(policy.maySearch(actor), "Only customers have matches.");
    int threshold = threshold(query.minScore());
    boolean mutual = mutual(query.mutual());
    PageRequest page = PageRequest.parse(query.limit(), null);
    Optional<MatchCursor> cursor = MatchCursor.parse(query.cursor());
    return tx.read(
        () -> {
          List<Match> matches =
              matcher.scoresInStore()
                  ? fromStore(actor, threshold, cursor, mutual, page.limit() + 1)
                  : fromAll(actor, threshold, cursor, mutual, page.limit() + 1);
          boolean more = matches.size() > page.limit();
          List<Match> items = more ? matches.subList(0, page.limit()) : matches;
          List<Match> shown = mutual ? items : checks.check(actor.id(), items);
          return new Page<>(
              shown, more ? Optional.of(MatchCursor.after(items.getLast())) : Optional.empty());
        });
  }

  /**
   * The first {@code want} matches after {@code cursor}, every candidate scored in Java (when the
   * scoring is not the one the store mirrors).
   */
  private List<Match> fromAll(
      Actor actor, int threshold, Optional<MatchCursor> cursor, boolean mutual, int want) {
    List<Match> after =
        best(actor, threshold).stream()
            .filter(m -> cursor.map(c -> c.isBefore(m)).orElse(true))
            .sorted(BEST_FIRST)
            .toList();
    // Only mutual: every match after the cursor is checked before the page is cut.
    return (mutual
            ? checks.check(actor.id(), after).stream().filter(Match::mutualEligible)
            : after.stream())
        .limit(want)
        .toList();
  }

  /**
   * The first {@code want} matches after {@code cursor}, the store scoring every candidate against
   * all the searches at once and answering only the best, a batch at a time; only the trades taken
   * are read whole and assessed in Java against every search, which names the search they fit best
   * (the earliest saved on a tie) and explains them.
   */
  private List<Match> fromStore(
      Actor actor, int threshold, Optional<MatchCursor> cursor, boolean mutual, int want) {
    List<Preference> searches = preferences.activeOf(actor.id());
    Set<UserId> hidden = matcher.hiddenFrom(actor.id());
    MatchCandidates store = matcher.candidates();
    List<SearchCriteria> criteria = searches.stream().map(Preference::criteria).toList();
    Optional<MatchCandidates.After> after =
        cursor.map(c -> new MatchCandidates.After(c.score(), c.trade()));
    List<Match> found = new ArrayList<>();
    int batch = want;
    while (found.size() < want) {
      List<MatchCandidates.Scored> next =
          store.bestOfAll(criteria, actor.id(), hidden, threshold, after, batch);
      Map<TradeId, MatchSubject> subjects = new HashMap<>();
      for (MatchSubject subject : store.subjects(next.stream().map(s -> s.trade()).toList())) {
        subjects.put(subject.trade().id(), subject);
      }
      List<Match> taken = new ArrayList<>();
      for (MatchCandidates.Scored scored : next) {
        Match best = bestOf(searches, subjects.get(scored.trade()), threshold);
        if (best == null || best.score() != scored.score()) {
          throw new IllegalStateException(
              "The store scored trade " + scored.trade().value() + " unlike MatchScoring");
        }
        taken.add(best);
      }
      // Only mutual: the matches are checked before the page is cut.
      found.addAll(
          mutual
              ? checks.check(actor.id(), taken).stream().filter(Match::mutualEligible).toList()
              : taken);
      if (next.size() < batch) {
        break;
      }
      MatchCandidates.Scored last = next.getLast();
      after = Optional.of(new MatchCandidates.After(last.score(), last.trade().value()));
      batch = Math.min(batch * 2, 1000);
    }
    return found.size() > want ? List.copyOf(found.subList(0, want)) : found;
  }

  /** {@code subject} under the search it scores best on (the earliest saved on a tie). */
  private Match bestOf(List<Preference> searches, MatchSubject subject, int threshold) {
    Match best = null;
    if (subject == null) {
      return null;
    }
    for (Preference search : searches) {
      Optional<Match> match = matcher.match(search, subject, threshold);
      if (match.isPresent() && (best == null || match.get().score() > best.score())) {
        best = match.get();
      }
    }
    return best;
  }

  private List<Match> best(Actor actor, int threshold) {
    Map<TradeId, Match> best = new HashMap<>();
    Set<UserId> hidden = matcher.hiddenFrom(actor.id());
    for (Preference preference : preferences.activeOf(actor.id())) {
      for (Match match : matcher.matches(preference, hidden, threshold)) {
        best.merge(match.subject().trade().id(), match, (a, b) -> b.score() > a.score() ? b : a);
      }
    }
    return List.copyOf(best.values());
  }

  private static boolean mutual(String text) {
    if (text == null || text.isBlank() || text.strip().equals("false")) {
      return false;
    }
    if (text.strip().equals("true")) {
      return true;
    }
    throw InvalidInput.of("mutual", "Must be true or false.");
  }

  private static int threshold(String text) {
    if (text == null || text.isBlank()) {
      return MatchingPolicy.DEFAULT_THRESHOLD;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 0 && value <= 100) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInput.of("min_score", "Ensure this value is a whole number from 0 to 100.");
  }
}

package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.SearchCriteria;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The open trades worth scoring against a saved search. A store may leave out the trades that miss
 * one of the search's required criteria (the database does, for what its indexes answer) but must
 * keep every open trade that passes them all; it never returns a closed or cancelled trade, nor one
 * of {@code buyer}'s own.
 */
public interface MatchCandidates {
  /**
   * Trade ids in the order matches are listed on a tie of scores: as unsigned 128-bit numbers, the
   * order PostgreSQL gives uuids (not {@link UUID#compareTo}, which is signed).
   */
  Comparator<UUID> TRADE_ORDER =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  /** Best first: the higher score, then the trade id in {@link #TRADE_ORDER}. */
  Comparator<Scored> BEST_FIRST =
      Comparator.comparingInt(Scored::score)
          .reversed()
          .thenComparing(s -> s.trade().value(), TRADE_ORDER);

  /** A trade and the score {@link MatchScoring} gives it against one search. */
  record Scored(TradeId trade, int score) {}

  /** A place in the best-first order: what comes after the trade {@code trade} at {@code score}. */
  record After(int score, UUID trade) {
    /** Whether {@code scored} comes after this place. */
    public boolean isBefore(int score, UUID trade) {
      return score < this.score
          || score == this.score && TRADE_ORDER.compare(trade, this.trade) > 0;
    }
  }

  List<MatchSubject> openFor(SearchCriteria criteria, UserId buyer);

  /**
   * The best {@code count} open trades of others than {@code buyer} and {@code hidden} that pass
   * every required criterion of one of {@code searches}, each with the best score the default
   * {@link MatchScoring} gives it under those searches, at least {@code atLeast}, after {@code
   * after}, best first.
   */
  List<Scored> bestOfAll(
      List<SearchCriteria> searches,
      UserId buyer,
      Set<UserId> hidden,
      int atLeast,
      Optional<After> after,
      int count);

  /** What scoring sees of each of {@code trades} that is open (in no particular order). */
  List<MatchSubject> subjects(Collection<TradeId> trades);
}

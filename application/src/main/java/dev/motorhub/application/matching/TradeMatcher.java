package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The active saved searches of others that one open trade fits, the other way round from {@link
 * PreferenceMatcher}: the store's searches worth scoring ({@link SearchesFitting}), each scored as
 * a buyer's matches are, leaving out the searches of anyone on either side of a block with the
 * trade's owner.
 */
final class TradeMatcher {
  private final SearchesFitting searches;
  private final PreferenceMatcher matcher;

  TradeMatcher(SearchesFitting searches, PreferenceMatcher matcher) {
    this.searches = searches;
    this.matcher = matcher;
  }

  List<Match> matches(MatchSubject subject, int threshold) {
    UserId owner = subject.trade().owner();
    // A block hides both sides from each other: those hidden from the owner are hidden from it.
    Set<UserId> hidden = matcher.hiddenFrom(owner);
    List<Match> matches = new ArrayList<>();
    for (Preference preference : searches.forTrade(subject)) {
      if (!preference.paused()
          && !preference.owner().equals(owner)
          && !hidden.contains(preference.owner())) {
        matcher.match(preference, subject, threshold).ifPresent(matches::add);
      }
    }
    return matches;
  }
}

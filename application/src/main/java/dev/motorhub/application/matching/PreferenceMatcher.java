package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Assessment;
import dev.motorhub.domain.matching.MatchScoring;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The open trades of others that one saved search fits, scored by {@link MatchScoring} at or above
 * a threshold, leaving out the trades of anyone its owner blocked or was blocked by.
 */
public final class PreferenceMatcher {
  private final MatchCandidates candidates;
  private final BlockRepository blocks;
  private final MatchScoring scoring;

  public PreferenceMatcher(
      MatchCandidates candidates, BlockRepository blocks, MatchScoring scoring) {
    this.candidates = candidates;
    this.blocks = blocks;
    this.scoring = scoring;
  }

  /**
   * Whether the store's candidates may score and rank: when the scoring is {@link MatchScoring}
   * itself, which {@link MatchCandidates#bestOfAll} mirrors (not a replacement).
   */
  boolean scoresInStore() {
    return scoring.getClass() == MatchScoring.class;
  }

  MatchCandidates candidates() {
    return candidates;
  }

  /** Who is hidden from {@code owner}'s matches: those on either side of a block with them. */
  Set<UserId> hiddenFrom(UserId owner) {
    return blocks.blockedBy(owner);
  }

  List<Match> matches(Preference preference, Set<UserId> hidden, int threshold) {
    List<Match> matches = new ArrayList<>();
    for (MatchSubject subject : candidates.openFor(preference.criteria(), preference.owner())) {
      if (!hidden.contains(subject.trade().owner())) {
        match(preference, subject, threshold).ifPresent(matches::add);
      }
    }
    return matches;
  }

  /** {@code subject} as a match of {@code preference}, if it scores {@code threshold} or more. */
  Optional<Match> match(Preference preference, MatchSubject subject, int threshold) {
    if (scoring.assess(preference.criteria(), subject) instanceof Assessment.Scored scored
        && scored.score() >= threshold) {
      return Optional.of(new Match(preference, subject, scored.score(), scored.explanations()));
    }
    return Optional.empty();
  }
}

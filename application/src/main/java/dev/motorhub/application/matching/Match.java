package dev.motorhub.application.matching;

import dev.motorhub.domain.matching.Explanation;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import java.util.List;

/** An open trade that fits one of a buyer's saved searches: how well, and why. */
public record Match(
    Preference preference, MatchSubject subject, int score, List<Explanation> explanations) {
  public Match {
    explanations = List.copyOf(explanations);
  }
}

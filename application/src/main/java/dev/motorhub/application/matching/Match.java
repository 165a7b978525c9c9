package dev.motorhub.application.matching;

import dev.motorhub.domain.matching.BuyerEligibility;
import dev.motorhub.domain.matching.Explanation;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.RequirementCheck;
import java.util.List;

/**
 * An open trade that fits one of a buyer's saved searches: how well, and why; and what the trade's
 * owner asks of buyers, each requirement checked against the buyer (reciprocal matching).
 */
public record Match(
    Preference preference,
    MatchSubject subject,
    int score,
    List<Explanation> explanations,
    List<RequirementCheck> buyerRequirements) {
  public Match {
    explanations = List.copyOf(explanations);
    buyerRequirements = List.copyOf(buyerRequirements);
  }

  /** A match as scored, before the owner's requirements of buyers are checked. */
  public Match(
      Preference preference, MatchSubject subject, int score, List<Explanation> explanations) {
    this(preference, subject, score, explanations, List.of());
  }

  /** This match with what the trade asks of buyers, checked against the buyer. */
  public Match checked(List<RequirementCheck> checks) {
    return new Match(preference, subject, score, explanations, checks);
  }

  /** Whether the buyer meets every requirement the trade's owner asks of buyers. */
  public boolean mutualEligible() {
    return BuyerEligibility.eligible(buyerRequirements);
  }
}

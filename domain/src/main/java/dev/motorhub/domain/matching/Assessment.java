package dev.motorhub.domain.matching;

import java.util.List;

/** What scoring made of a preference against a trade: a score, or no match and why. */
public sealed interface Assessment {
  List<Explanation> explanations();

  /** Every hard filter passed; {@code score} is 0 to 100. */
  record Scored(int score, List<Explanation> explanations) implements Assessment {
    public Scored {
      if (score < 0 || score > 100) {
        throw new IllegalArgumentException("A score is 0 to 100");
      }
      explanations = List.copyOf(explanations);
    }
  }

  /** A required criterion missed, or could not be told: the trade is no match. */
  record Rejected(Explanation reason, List<Explanation> explanations) implements Assessment {
    public Rejected {
      explanations = List.copyOf(explanations);
    }
  }
}

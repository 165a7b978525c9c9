package dev.motorhub.domain.matching;

/** Why one criterion of a preference counted for or against a trade, in words a buyer reads. */
public record Explanation(Criterion criterion, Outcome outcome, String text) {
  /** How a criterion came out against a trade. */
  public enum Outcome {
    FITS,
    MISSES,
    /** The trade does not tell (no asking price yet, a detail the vehicle does not record). */
    UNKNOWN;

    public String wire() {
      return dev.motorhub.domain.shared.WireNames.of(this);
    }
  }

  static Explanation fits(Criterion criterion, String text) {
    return new Explanation(criterion, Outcome.FITS, text);
  }

  static Explanation misses(Criterion criterion, String text) {
    return new Explanation(criterion, Outcome.MISSES, text);
  }

  static Explanation unknown(Criterion criterion, String text) {
    return new Explanation(criterion, Outcome.UNKNOWN, text);
  }
}

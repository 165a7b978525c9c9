package dev.motorhub.domain.shared;

/** A business rule refuses the request in the current state of things. */
public final class RuleViolated extends Failure {
  private static final long serialVersionUID = 1L;

  public RuleViolated(String message) {
    super(message);
  }

  @Override
  public String code() {
    return "rule_violated";
  }
}

package dev.motorhub.domain.shared;

/**
 * The one vocabulary of failures at the core's boundary; each kind has a stable {@link #code()}
 * that adapters map to their own protocol.
 */
public abstract sealed class Failure extends RuntimeException
    permits NotFound,
        RuleViolated,
        Conflict,
        Forbidden,
        InvalidInput,
        Unauthenticated,
        Throttled,
        Unavailable {

  private static final long serialVersionUID = 1L;

  protected Failure(String message) {
    super(message, null, false, false);
  }

  /** A stable, machine-readable name of this kind of failure. */
  public abstract String code();
}

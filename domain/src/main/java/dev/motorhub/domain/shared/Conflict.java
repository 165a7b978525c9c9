package dev.motorhub.domain.shared;

/**
 * The request collides with existing data: a unique value already taken, or a concurrent change
 * that won first. {@link #field()} names the colliding input where there is one.
 */
public final class Conflict extends Failure {
  private static final long serialVersionUID = 1L;
  private final String field;

  public Conflict(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * The input field whose value collides, or an empty string when the conflict is not a field's.
   */
  public String field() {
    return field;
  }

  @Override
  public String code() {
    return "conflict";
  }
}

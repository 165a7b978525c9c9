package dev.motorhub.domain.shared;

/** The thing asked for does not exist, or the caller may not know that it does. */
public final class NotFound extends Failure {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super(what + " not found.");
  }

  @Override
  public String code() {
    return "not_found";
  }
}

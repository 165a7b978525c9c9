package dev.motorhub.domain.shared;

/** The caller is known but may not do this. */
public final class Forbidden extends Failure {
  private static final long serialVersionUID = 1L;

  public Forbidden(String message) {
    super(message);
  }

  @Override
  public String code() {
    return "forbidden";
  }
}

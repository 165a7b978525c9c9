package dev.motorhub.domain.shared;

/** Credentials are missing, wrong, expired or revoked. */
public final class Unauthenticated extends Failure {
  private static final long serialVersionUID = 1L;

  public Unauthenticated(String message) {
    super(message);
  }

  @Override
  public String code() {
    return "unauthenticated";
  }
}

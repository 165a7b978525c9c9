package dev.motorhub.adapters.http.oidc;

/**
 * A sign-in with the provider that cannot go on: the status to answer and what to tell the person
 * in the browser. The message never holds a code, token or secret; {@link #reason} is for the log.
 */
final class SignInRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String reason;

  SignInRefused(int status, String message, String reason) {
    super(message);
    this.status = status;
    this.reason = reason;
  }

  /** A refusal of what the browser or the provider sent (400). */
  static SignInRefused bad(String message, String reason) {
    return new SignInRefused(400, message, reason);
  }

  /** The provider could not be reached or answered nonsense (502). */
  static SignInRefused unavailable(String reason) {
    return new SignInRefused(
        502, "Google could not be reached to finish signing you in. Please try again.", reason);
  }

  int status() {
    return status;
  }

  String reason() {
    return reason;
  }
}

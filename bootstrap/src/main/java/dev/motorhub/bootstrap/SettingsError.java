package dev.motorhub.bootstrap;

/** A setting with a bad or missing value; its message tells the operator what to fix. */
final class SettingsError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SettingsError(String message) {
    super(message, null, false, false);
  }
}

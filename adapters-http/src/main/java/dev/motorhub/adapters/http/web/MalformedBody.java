package dev.motorhub.adapters.http.web;

/** A request body that cannot be read at all, such as broken JSON. */
public final class MalformedBody extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedBody(String message) {
    super(message, null, false, false);
  }
}

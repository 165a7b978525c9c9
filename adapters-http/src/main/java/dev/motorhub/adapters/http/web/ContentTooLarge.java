package dev.motorhub.adapters.http.web;

/** A request body larger than the route accepts; the message says what the limit is. */
public final class ContentTooLarge extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentTooLarge(String message) {
    super(message, null, false, false);
  }
}

package dev.motorhub.adapters.http.web;

import dev.motorhub.domain.shared.NotFound;
import java.util.UUID;

/** Reads ids from paths: a malformed id names nothing, so it is answered as not found. */
public final class PathIds {
  private PathIds() {}

  public static UUID uuid(String text, String what) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new NotFound(what);
    }
  }
}

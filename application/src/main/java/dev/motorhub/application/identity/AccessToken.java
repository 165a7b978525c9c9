package dev.motorhub.application.identity;

import java.time.Instant;

/** A short-lived access token and when it expires. */
public record AccessToken(String value, Instant expiresAt) {
  @Override
  public String toString() {
    return "AccessToken[expiresAt=" + expiresAt + "]";
  }
}

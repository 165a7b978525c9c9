package dev.motorhub.application.identity;

import java.time.Instant;

/** What a sign-in hands out: a short-lived access token and the refresh token that renews it. */
public record Tokens(String accessToken, Instant accessExpiresAt, String refreshToken) {
  @Override
  public String toString() {
    return "Tokens[accessExpiresAt=" + accessExpiresAt + "]";
  }
}

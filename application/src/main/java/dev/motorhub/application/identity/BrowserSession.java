package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.SessionId;
import java.time.Instant;

/**
 * A session held by a browser: the opaque secret its cookie carries, the session it stands for and
 * when that session ends at the latest. The secret is stored only as a digest.
 */
public record BrowserSession(String key, SessionId session, Instant expiresAt) {
  @Override
  public String toString() {
    return "BrowserSession[session=" + session + ", expiresAt=" + expiresAt + ", key=***]";
  }
}

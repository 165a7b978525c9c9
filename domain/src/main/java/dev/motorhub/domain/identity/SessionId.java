package dev.motorhub.domain.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies a sign-in session: one login and the chain of refresh tokens that follows it. */
public record SessionId(UUID value) {
  public SessionId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

package dev.motorhub.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** Identifies a conversation. */
public record ConversationId(UUID value) {
  public ConversationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

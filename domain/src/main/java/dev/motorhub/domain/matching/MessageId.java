package dev.motorhub.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** Identifies a message in a conversation. */
public record MessageId(UUID value) {
  public MessageId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

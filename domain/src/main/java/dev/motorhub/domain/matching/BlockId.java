package dev.motorhub.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** Identifies a block one user put on another. */
public record BlockId(UUID value) {
  public BlockId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

package dev.motorhub.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** Identifies an interest. */
public record InterestId(UUID value) {
  public InterestId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

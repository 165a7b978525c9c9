package dev.motorhub.domain.carcare;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer's feedback on a completed request. */
public record FeedbackId(UUID value) {
  public FeedbackId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

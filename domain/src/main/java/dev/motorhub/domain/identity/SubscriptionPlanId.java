package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a subscription plan. */
public record SubscriptionPlanId(UUID value) {
  public SubscriptionPlanId {
    Objects.requireNonNull(value, "value");
  }

  public static SubscriptionPlanId parse(String text, String field) {
    try {
      return new SubscriptionPlanId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInput.of(field, "Must be a valid UUID.");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

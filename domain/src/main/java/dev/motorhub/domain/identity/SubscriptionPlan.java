package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;

/**
 * A plan a user subscribes to: a name unique regardless of case, a price for a number of days, and
 * whether new subscriptions to it are offered. Staff manage plans; the limits a plan sets come with
 * matching.
 */
public record SubscriptionPlan(
    SubscriptionPlanId id,
    String name,
    Money price,
    int durationDays,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {

  public SubscriptionPlan {
    name = Text.required(name, "name", 100);
    if (price.isNegative()) {
      throw InvalidInput.of("price", "Ensure this value is greater than or equal to 0.");
    }
    if (durationDays < 1 || durationDays > 3660) {
      throw InvalidInput.of("duration_days", "Ensure this value is between 1 and 3660.");
    }
  }

  /** The same plan with new terms. */
  public SubscriptionPlan revise(
      String name, Money price, int durationDays, boolean active, Instant at) {
    return new SubscriptionPlan(id, name, price, durationDays, active, createdAt, at);
  }
}

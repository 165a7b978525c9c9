package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan a user subscribes to: a name unique regardless of case, a price for a number of days,
 * whether new subscriptions to it are offered, and its {@link Limits} (how many interests a month,
 * how many saved preferences; none is unlimited). Staff manage plans.
 */
public record SubscriptionPlan(
    SubscriptionPlanId id,
    String name,
    Money price,
    int durationDays,
    boolean active,
    Limits limits,
    Instant createdAt,
    Instant updatedAt) {

  /** What a plan allows in matching; an empty limit is unlimited. */
  public record Limits(Optional<Integer> interestsPerMonth, Optional<Integer> savedPreferences) {
    /** No limit at all. */
    public static final Limits NONE = new Limits(Optional.empty(), Optional.empty());

    public Limits {
      Objects.requireNonNull(interestsPerMonth, "interestsPerMonth");
      Objects.requireNonNull(savedPreferences, "savedPreferences");
      check(interestsPerMonth, "interests_per_month");
      check(savedPreferences, "saved_preferences");
    }

    private static void check(Optional<Integer> limit, String field) {
      if (limit.isPresent() && (limit.get() < 0 || limit.get() > 100_000)) {
        throw InvalidInput.of(field, "Ensure this value is between 0 and 100000.");
      }
    }
  }

  /** A plan without limits. */
  public SubscriptionPlan(
      SubscriptionPlanId id,
      String name,
      Money price,
      int durationDays,
      boolean active,
      Instant createdAt,
      Instant updatedAt) {
    this(id, name, price, durationDays, active, Limits.NONE, createdAt, updatedAt);
  }

  public SubscriptionPlan {
    Objects.requireNonNull(limits, "limits");
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
    return new SubscriptionPlan(id, name, price, durationDays, active, limits, createdAt, at);
  }

  /** The same plan with new limits. */
  public SubscriptionPlan limit(Limits newLimits, Instant at) {
    return new SubscriptionPlan(id, name, price, durationDays, active, newLimits, createdAt, at);
  }
}

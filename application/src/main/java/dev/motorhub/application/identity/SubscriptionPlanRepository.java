package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import java.util.List;
import java.util.Optional;

/** Subscription plans; names are unique regardless of case. */
public interface SubscriptionPlanRepository {
  /** A taken name is a {@code Conflict} on {@code name}. */
  void add(SubscriptionPlan plan);

  void update(SubscriptionPlan plan);

  Optional<SubscriptionPlan> findById(SubscriptionPlanId id);

  /** Every plan, cheapest first. */
  List<SubscriptionPlan> list();

  /** Whether any account is on the plan. */
  boolean inUse(SubscriptionPlanId id);

  void delete(SubscriptionPlanId id);
}

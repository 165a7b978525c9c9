package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** Subscription plans; names are unique regardless of case. */
public interface SubscriptionPlanRepository {
  /** Why a plan that accounts are on is not deleted. */
  String IN_USE = "Accounts are on this plan; make it inactive instead of deleting it.";

  /** A taken name is a {@code Conflict} on {@code name}. */
  void add(SubscriptionPlan plan);

  void update(SubscriptionPlan plan);

  Optional<SubscriptionPlan> findById(SubscriptionPlanId id);

  /** The plans, only the active ones when {@code activeOnly}, in id order. */
  Page<SubscriptionPlan> list(boolean activeOnly, PageRequest page);

  /** Whether any account is on the plan. */
  boolean inUse(SubscriptionPlanId id);

  /** Deletes the plan; one that accounts are on is a {@code Conflict} ({@link #IN_USE}). */
  void delete(SubscriptionPlanId id);
}

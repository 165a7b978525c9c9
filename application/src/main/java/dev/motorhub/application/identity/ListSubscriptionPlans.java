package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/** Lists the plans, or shows one: staff see every plan, everyone else the active ones. */
public final class ListSubscriptionPlans {
  private final Transactions tx;
  private final SubscriptionPlanRepository plans;
  private final AccessPolicy access;

  public ListSubscriptionPlans(
      Transactions tx, SubscriptionPlanRepository plans, AccessPolicy access) {
    this.tx = tx;
    this.plans = plans;
    this.access = access;
  }

  /** One page of the plans the caller may see, in id order. */
  public Page<SubscriptionPlan> list(Principal principal, PageRequest page) {
    boolean activeOnly = !access.mayManagePlans(principal.actor());
    return tx.read(() -> plans.list(activeOnly, page));
  }

  public SubscriptionPlan get(Principal principal, SubscriptionPlanId id) {
    return tx.read(() -> plans.findById(id))
        .filter(plan -> visible(principal.actor(), plan))
        .orElseThrow(() -> new NotFound("Subscription plan"));
  }

  private boolean visible(Actor actor, SubscriptionPlan plan) {
    return plan.active() || access.mayManagePlans(actor);
  }
}

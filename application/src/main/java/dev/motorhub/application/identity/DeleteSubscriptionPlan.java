package dev.motorhub.application.identity;

import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.Objects;

/** Staff delete a plan nobody is on; a plan in use can only be made inactive. */
public final class DeleteSubscriptionPlan {
  /** Who asks, and which plan. */
  public record Command(Principal principal, SubscriptionPlanId plan) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(plan, "plan");
    }
  }

  private final Transactions tx;
  private final SubscriptionPlanRepository plans;
  private final AccessPolicy access;

  public DeleteSubscriptionPlan(
      Transactions tx, SubscriptionPlanRepository plans, AccessPolicy access) {
    this.tx = tx;
    this.plans = plans;
    this.access = access;
  }

  public void delete(Command command) {
    AccessPolicy.require(
        access.mayManagePlans(command.principal().actor()), "Only staff manage plans.");
    tx.run(
        () -> {
          plans.findById(command.plan()).orElseThrow(() -> new NotFound("Subscription plan"));
          if (plans.inUse(command.plan())) {
            throw new RuleViolated(SubscriptionPlanRepository.IN_USE);
          }
          plans.delete(command.plan());
        });
  }
}

package dev.motorhub.application.identity;

import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.util.Objects;

/** Staff change a plan's terms; the terms left out stay as they are. */
public final class UpdateSubscriptionPlan {
  /** Who asks, which plan, and the terms to change. */
  public record Command(Principal principal, SubscriptionPlanId plan, PlanTerms changes) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(changes, "changes");
    }
  }

  private final Transactions tx;
  private final SubscriptionPlanRepository plans;
  private final AccessPolicy access;
  private final CoreSettings settings;
  private final Clock clock;

  public UpdateSubscriptionPlan(
      Transactions tx,
      SubscriptionPlanRepository plans,
      AccessPolicy access,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.plans = plans;
    this.access = access;
    this.settings = settings;
    this.clock = clock;
  }

  public SubscriptionPlan update(Command command) {
    AccessPolicy.require(
        access.mayManagePlans(command.principal().actor()), "Only staff manage plans.");
    PlanTerms changes = command.changes();
    return tx.inTransaction(
        () -> {
          SubscriptionPlan plan =
              plans.findById(command.plan()).orElseThrow(() -> new NotFound("Subscription plan"));
          SubscriptionPlan revised =
              plan.limit(changes.limits(plan.limits()), clock.instant())
                  .revise(
                      changes.name() == null ? plan.name() : changes.name(),
                      changes.price() == null ? plan.price() : changes.money(settings.currency()),
                      changes.durationDays() == null ? plan.durationDays() : changes.durationDays(),
                      changes.active() == null ? plan.active() : changes.active(),
                      clock.instant());
          plans.update(revised);
          return revised;
        });
  }
}

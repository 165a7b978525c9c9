package dev.motorhub.application.identity;

import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Staff define a new subscription plan, active unless they say otherwise. */
public final class CreateSubscriptionPlan {
  /** Who asks, and the plan's terms. */
  public record Command(Principal principal, PlanTerms terms) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      terms.requireAll();
    }
  }

  private final Transactions tx;
  private final SubscriptionPlanRepository plans;
  private final AccessPolicy access;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final Clock clock;

  public CreateSubscriptionPlan(
      Transactions tx,
      SubscriptionPlanRepository plans,
      AccessPolicy access,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.plans = plans;
    this.access = access;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  public SubscriptionPlan create(Command command) {
    AccessPolicy.require(
        access.mayManagePlans(command.principal().actor()), "Only staff manage plans.");
    Instant now = clock.instant();
    PlanTerms terms = command.terms();
    SubscriptionPlan plan =
        new SubscriptionPlan(
            new SubscriptionPlanId(ids.next()),
            terms.name(),
            terms.money(settings.currency()),
            terms.durationDays(),
            terms.active() == null || terms.active(),
            terms.limits(SubscriptionPlan.Limits.NONE),
            now,
            now);
    tx.run(() -> plans.add(plan));
    return plan;
  }
}

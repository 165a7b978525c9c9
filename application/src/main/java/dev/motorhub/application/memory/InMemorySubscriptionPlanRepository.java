package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Subscription plans in memory. */
final class InMemorySubscriptionPlanRepository implements SubscriptionPlanRepository {
  private final Table<UUID, SubscriptionPlan> plans;
  private final Table<UUID, User> users;

  InMemorySubscriptionPlanRepository(Table<UUID, SubscriptionPlan> plans, Table<UUID, User> users) {
    this.plans = plans;
    this.users = users;
  }

  @Override
  public void add(SubscriptionPlan plan) {
    refuseTakenName(plan);
    plans.put(plan.id().value(), plan);
  }

  @Override
  public void update(SubscriptionPlan plan) {
    refuseTakenName(plan);
    plans.put(plan.id().value(), plan);
  }

  @Override
  public Optional<SubscriptionPlan> findById(SubscriptionPlanId id) {
    return plans.get(id.value());
  }

  @Override
  public Page<SubscriptionPlan> list(boolean activeOnly, PageRequest page) {
    return Page.fromFetched(
        plans.whereAfter(page.after(), p -> p.active() || !activeOnly, page.limit() + 1),
        page.limit(),
        p -> p.id().value());
  }

  @Override
  public boolean inUse(SubscriptionPlanId id) {
    return !users.where(u -> u.plan().equals(Optional.of(id))).isEmpty();
  }

  @Override
  public void delete(SubscriptionPlanId id) {
    if (inUse(id)) {
      throw new Conflict("", IN_USE);
    }
    plans.remove(id.value());
  }

  private void refuseTakenName(SubscriptionPlan plan) {
    String name = plan.name().toLowerCase(Locale.ROOT);
    if (!plans
        .where(p -> !p.id().equals(plan.id()) && p.name().toLowerCase(Locale.ROOT).equals(name))
        .isEmpty()) {
      throw StoreConflict.PLAN_NAME_TAKEN.conflict();
    }
  }
}

package dev.motorhub.domain.matching;

import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What a subscription plan allows in matching: an interest needs a plan that has not ended and
 * whose interests a month (a calendar month in UTC) are not spent; a preference needs room under
 * the plan's saved preferences. A limit the plan leaves empty is unlimited.
 */
public class PlanLimits {

  /** Whether an account on {@code plan} with {@code saved} preferences may save another. */
  public boolean maySavePreference(SubscriptionPlan plan, long saved) {
    return plan.limits().savedPreferences().map(limit -> saved < limit).orElse(true);
  }

  /** {@code user}'s {@code plan}, while it has not ended at {@code now}. */
  public Optional<SubscriptionPlan> active(
      User user, Optional<SubscriptionPlan> plan, Instant now) {
    return plan.filter(p -> user.subscriptionEndsAt().filter(now::isBefore).isPresent());
  }

  /**
   * Throws {@link RuleViolated} unless an account on {@code plan} with {@code saved} preferences
   * may save another; the refusal names the limit.
   */
  public void requirePreferenceAllowed(SubscriptionPlan plan, long saved) {
    if (!maySavePreference(plan, saved)) {
      throw new RuleViolated(
          "Your plan "
              + plan.name()
              + " allows "
              + plan.limits().savedPreferences().orElseThrow()
              + " saved searches; delete one first.");
    }
  }

  /**
   * Throws {@link RuleViolated} unless {@code user}, on {@code plan}, having sent {@code
   * sentThisMonth} interests this month, may send another at {@code now}; the refusal names the
   * limit and when it resets.
   */
  public void requireInterestAllowed(
      User user, Optional<SubscriptionPlan> plan, int sentThisMonth, Instant now) {
    if (plan.isEmpty() || user.subscriptionEndsAt().isEmpty()) {
      throw new RuleViolated("An interest needs an active subscription plan.");
    }
    if (!user.subscriptionEndsAt().get().isAfter(now)) {
      throw new RuleViolated(
          "Your subscription plan ended at "
              + user.subscriptionEndsAt().get()
              + "; renew it to send interests.");
    }
    Optional<Integer> limit = plan.get().limits().interestsPerMonth();
    if (limit.isPresent() && sentThisMonth >= limit.get()) {
      throw new RuleViolated(
          "Your plan "
              + plan.get().name()
              + " allows "
              + limit.get()
              + " interests a month, all sent; the count resets at "
              + monthEnd(now)
              + ".");
    }
  }

  /** The first instant of the calendar month (UTC) that holds {@code at}. */
  public Instant monthStart(Instant at) {
    return YearMonth.from(at.atOffset(ZoneOffset.UTC))
        .atDay(1)
        .atStartOfDay()
        .toInstant(ZoneOffset.UTC);
  }

  /** The first instant of the month after the one that holds {@code at}: when counts reset. */
  public Instant monthEnd(Instant at) {
    return YearMonth.from(at.atOffset(ZoneOffset.UTC))
        .plusMonths(1)
        .atDay(1)
        .atStartOfDay()
        .toInstant(ZoneOffset.UTC);
  }
}

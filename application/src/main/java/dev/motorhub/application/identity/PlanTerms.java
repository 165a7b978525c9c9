package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Violations;
import java.util.Currency;
import java.util.Optional;

/**
 * The terms of a plan as a client states them, checked all at once. A limit is null when the client
 * left it out (unchanged; unlimited on a new plan), empty when they asked for no limit.
 */
public record PlanTerms(
    String name,
    String price,
    Integer durationDays,
    Boolean active,
    Optional<Integer> interestsPerMonth,
    Optional<Integer> savedPreferences) {

  /** Terms that leave the limits out. */
  public PlanTerms(String name, String price, Integer durationDays, Boolean active) {
    this(name, price, durationDays, active, null, null);
  }

  /** Throws one {@link InvalidInput} naming every missing field. */
  public PlanTerms requireAll() {
    new Violations()
        .require(name, "name")
        .require(price, "price")
        .require(durationDays, "duration_days")
        .throwIfAny();
    return this;
  }

  /** The limits these terms make of {@code current}. */
  SubscriptionPlan.Limits limits(SubscriptionPlan.Limits current) {
    return new SubscriptionPlan.Limits(
        interestsPerMonth == null ? current.interestsPerMonth() : interestsPerMonth,
        savedPreferences == null ? current.savedPreferences() : savedPreferences);
  }

  Money money(Currency currency) {
    return Money.parse(price, currency, "price");
  }
}

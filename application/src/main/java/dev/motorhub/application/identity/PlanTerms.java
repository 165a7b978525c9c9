package dev.motorhub.application.identity;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Violations;
import java.util.Currency;

/** The terms of a plan as a client states them, checked all at once. */
public record PlanTerms(String name, String price, Integer durationDays, Boolean active) {

  /** Throws one {@link InvalidInput} naming every missing field. */
  public PlanTerms requireAll() {
    new Violations()
        .require(name, "name")
        .require(price, "price")
        .require(durationDays, "duration_days")
        .throwIfAny();
    return this;
  }

  Money money(Currency currency) {
    return Money.parse(price, currency, "price");
  }
}

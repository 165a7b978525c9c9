package dev.motorhub.application.marketplace;

import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Text;
import dev.motorhub.domain.shared.Violations;
import java.util.Currency;

/** The terms of a service as a client states them; absent ones stay as they are on a change. */
public record ServiceTerms(
    String kind, String name, String fee, String description, Boolean active) {

  /** Throws one {@code InvalidInput} naming every missing field. */
  public ServiceTerms requireAll() {
    new Violations().require(kind, "kind").require(name, "name").require(fee, "fee").throwIfAny();
    return this;
  }

  /** Throws one {@code InvalidInput} naming every field given with a bad value. */
  ServiceTerms requireValid(Currency currency) {
    Violations violations = new Violations();
    if (kind != null) {
      violations.capture(this::serviceKind);
    }
    if (fee != null) {
      violations.capture(() -> money(currency));
    }
    if (name != null) {
      violations.capture(() -> Text.required(name, "name", 100));
    }
    violations.capture(() -> Text.bounded(description, "description", 2000));
    violations.throwIfAny();
    return this;
  }

  ServiceKind serviceKind() {
    return new ServiceKind(kind);
  }

  Money money(Currency currency) {
    return Money.parse(fee, currency, "fee");
  }
}

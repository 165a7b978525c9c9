package dev.motorhub.application.accounts;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.User;
import java.util.Optional;

/**
 * An account with the profile that goes with its role, if it has one, and its subscription plan
 * (whose limits it lives by), if it is on one.
 */
public record Account(
    User user,
    Optional<Customer> customer,
    Optional<Mechanic> mechanic,
    Optional<SubscriptionPlan> plan) {

  /** An account on no plan. */
  public Account(User user, Optional<Customer> customer, Optional<Mechanic> mechanic) {
    this(user, customer, mechanic, Optional.empty());
  }
}

package dev.motorhub.application.accounts;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.User;
import java.util.Optional;

/**
 * An account with the profile that goes with its role, if it has one, its subscription plan (whose
 * limits it lives by), if it is on one, and whether its phone is verified.
 */
public record Account(
    User user,
    Optional<Customer> customer,
    Optional<Mechanic> mechanic,
    Optional<SubscriptionPlan> plan,
    boolean phoneVerified) {

  /** A new account: on no plan, its phone not verified yet. */
  public Account(User user, Optional<Customer> customer, Optional<Mechanic> mechanic) {
    this(user, customer, mechanic, Optional.empty(), false);
  }
}

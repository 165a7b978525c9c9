package dev.motorhub.application.accounts;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.identity.User;
import java.util.Optional;

/** An account with the profile that goes with its role, if it has one. */
public record Account(User user, Optional<Customer> customer, Optional<Mechanic> mechanic) {}

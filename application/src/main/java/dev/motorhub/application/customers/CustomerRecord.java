package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerName;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.User;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer profile together with the account it belongs to; a standalone customer has none.
 *
 * @param account the profile's account, present exactly when the profile belongs to one
 */
public record CustomerRecord(Customer customer, Optional<User> account) {
  public CustomerRecord {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(account, "account");
    if (!account.map(User::id).equals(customer.account())) {
      throw new IllegalArgumentException("account must be the profile's own");
    }
  }

  /** An account's profile with its account. */
  public CustomerRecord(Customer customer, User user) {
    this(customer, Optional.of(user));
  }

  /** A standalone customer's record. */
  public static CustomerRecord standalone(Customer customer) {
    return new CustomerRecord(customer, Optional.empty());
  }

  /**
   * The name the customer goes by: a standalone customer's name, or the account's first and last
   * names (its username when it has neither).
   */
  public String displayName() {
    return customer
        .name()
        .map(CustomerName::value)
        .orElseGet(() -> account.orElseThrow().displayName());
  }

  /** The phone messages to the customer go to, when there is one. */
  public Optional<PhoneNumber> phone() {
    return customer.details().phone();
  }
}

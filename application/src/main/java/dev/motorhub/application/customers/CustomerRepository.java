package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Customer profiles, one per account at most. */
public interface CustomerRepository {
  void add(Customer customer);

  void update(Customer customer);

  Optional<Customer> findById(CustomerId id);

  Optional<Customer> findByUser(UserId user);

  List<Customer> findByUsers(Collection<UserId> users);

  /** Profiles with their accounts, in id order. */
  Page<CustomerRecord> search(CustomerFilter filter, PageRequest page);

  void delete(CustomerId id);
}

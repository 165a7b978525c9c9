package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.customers.CustomerFilter;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Customer profiles in memory; deleting one cascades to its contacts, as the database does. */
final class InMemoryCustomerRepository implements CustomerRepository {
  private final Table<UUID, Customer> customers;
  private final Table<UUID, User> users;
  private final Consumer<CustomerId> onDelete;

  InMemoryCustomerRepository(
      Table<UUID, Customer> customers, Table<UUID, User> users, Consumer<CustomerId> onDelete) {
    this.customers = customers;
    this.users = users;
    this.onDelete = onDelete;
  }

  @Override
  public void add(Customer customer) {
    if (findByUser(customer.userId()).isPresent()) {
      throw StoreConflict.CUSTOMER_PROFILE_TAKEN.conflict();
    }
    customers.put(customer.id().value(), customer);
  }

  @Override
  public void update(Customer customer) {
    customers.put(customer.id().value(), customer);
  }

  @Override
  public Optional<Customer> findById(CustomerId id) {
    return customers.get(id.value());
  }

  @Override
  public Optional<Customer> findByUser(UserId user) {
    return customers.where(c -> c.userId().equals(user)).stream().findFirst();
  }

  @Override
  public List<Customer> findByUsers(Collection<UserId> ids) {
    Set<UserId> wanted = new HashSet<>(ids);
    return customers.where(c -> wanted.contains(c.userId()));
  }

  @Override
  public Page<CustomerRecord> search(CustomerFilter filter, PageRequest page) {
    List<Customer> rows =
        customers.whereAfter(page.after(), c -> matches(c, filter), page.limit() + 1);
    return Page.fromFetched(
        rows.stream()
            .map(c -> new CustomerRecord(c, users.get(c.userId().value()).orElseThrow()))
            .toList(),
        page.limit(),
        r -> r.customer().id().value());
  }

  @Override
  public void delete(CustomerId id) {
    customers.remove(id.value());
    onDelete.accept(id);
  }

  /** Removes the profile of a deleted account. */
  void deleteOf(UserId user) {
    findByUser(user).ifPresent(c -> delete(c.id()));
  }

  private boolean matches(Customer customer, CustomerFilter filter) {
    Optional<User> user = users.get(customer.userId().value());
    if (user.isEmpty()) {
      return false;
    }
    Optional<LocalDate> dob = customer.details().dateOfBirth();
    return InMemoryUserRepository.contains(filter.firstName(), user.get().firstName())
        && InMemoryUserRepository.contains(filter.lastName(), user.get().lastName())
        && InMemoryUserRepository.contains(filter.job(), customer.details().job())
        && filter
            .phone()
            .map(p -> customer.details().phone().map(n -> n.value().equals(p)).orElse(false))
            .orElse(true)
        && filter.bornFrom().map(from -> dob.map(d -> !d.isBefore(from)).orElse(false)).orElse(true)
        && filter.bornTo().map(to -> dob.map(d -> !d.isAfter(to)).orElse(false)).orElse(true);
  }
}

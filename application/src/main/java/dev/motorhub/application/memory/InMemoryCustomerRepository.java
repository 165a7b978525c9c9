package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.customers.CustomerFilter;
import dev.motorhub.application.customers.CustomerKind;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerName;
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
import java.util.function.Predicate;

/**
 * Customer profiles in memory, with the database's rules: one an account, a standalone customer's
 * phone unique among such customers, a customer with orders kept; deleting one cascades to its
 * contacts.
 */
final class InMemoryCustomerRepository implements CustomerRepository {
  private final Table<UUID, Customer> customers;
  private final Table<UUID, User> users;
  private final Predicate<CustomerId> hasOrders;
  private final Consumer<CustomerId> onDelete;

  InMemoryCustomerRepository(
      Table<UUID, Customer> customers,
      Table<UUID, User> users,
      Predicate<CustomerId> hasOrders,
      Consumer<CustomerId> onDelete) {
    this.customers = customers;
    this.users = users;
    this.hasOrders = hasOrders;
    this.onDelete = onDelete;
  }

  @Override
  public void add(Customer customer) {
    if (customer.account().flatMap(this::findByUser).isPresent()) {
      throw StoreConflict.CUSTOMER_PROFILE_TAKEN.conflict();
    }
    refuseTakenPhone(customer);
    customers.put(customer.id().value(), customer);
  }

  @Override
  public void update(Customer customer) {
    refuseTakenPhone(customer);
    customers.put(customer.id().value(), customer);
  }

  @Override
  public Optional<Customer> findById(CustomerId id) {
    return customers.get(id.value());
  }

  @Override
  public Optional<Customer> findByUser(UserId user) {
    return customers.where(c -> c.account().filter(user::equals).isPresent()).stream().findFirst();
  }

  @Override
  public List<Customer> findByUsers(Collection<UserId> ids) {
    Set<UserId> wanted = new HashSet<>(ids);
    return customers.where(c -> c.account().filter(wanted::contains).isPresent());
  }

  @Override
  public Page<CustomerRecord> search(CustomerFilter filter, PageRequest page) {
    List<Customer> rows =
        customers.whereAfter(page.after(), c -> matches(c, filter), page.limit() + 1);
    return Page.fromFetched(
        rows.stream().map(c -> new CustomerRecord(c, account(c))).toList(),
        page.limit(),
        r -> r.customer().id().value());
  }

  @Override
  public void delete(CustomerId id) {
    if (hasOrders.test(id)) {
      throw StoreConflict.CUSTOMER_HAS_ORDERS.conflict();
    }
    customers.remove(id.value());
    onDelete.accept(id);
  }

  /** Whether the profile of {@code user} is kept for its orders. */
  boolean keptFor(UserId user) {
    return findByUser(user).map(c -> hasOrders.test(c.id())).orElse(false);
  }

  /** Removes the profile of a deleted account. */
  void deleteOf(UserId user) {
    findByUser(user).ifPresent(c -> delete(c.id()));
  }

  private void refuseTakenPhone(Customer customer) {
    if (customer.account().isPresent()) {
      return;
    }
    boolean taken =
        !customers
            .where(
                c ->
                    c.account().isEmpty()
                        && !c.id().equals(customer.id())
                        && c.details().phone().equals(customer.details().phone()))
            .isEmpty();
    if (taken) {
      throw StoreConflict.CUSTOMER_PHONE_TAKEN.conflict();
    }
  }

  private Optional<User> account(Customer customer) {
    return customer.account().map(user -> users.get(user.value()).orElseThrow());
  }

  private boolean matches(Customer customer, CustomerFilter filter) {
    Optional<User> user = account(customer);
    Optional<CustomerKind> kind = filter.kind();
    if (kind.isPresent()
        && kind.get() != (user.isPresent() ? CustomerKind.ACCOUNT : CustomerKind.STANDALONE)) {
      return false;
    }
    String firstName =
        user.map(User::firstName).orElseGet(() -> customer.name().map(CustomerName::value).get());
    String lastName = user.map(User::lastName).orElse("");
    Optional<LocalDate> dob = customer.details().dateOfBirth();
    return InMemoryUserRepository.contains(filter.firstName(), firstName)
        && InMemoryUserRepository.contains(filter.lastName(), lastName)
        && InMemoryUserRepository.contains(filter.job(), customer.details().job())
        && filter
            .phone()
            .map(p -> customer.details().phone().map(n -> n.value().equals(p)).orElse(false))
            .orElse(true)
        && filter.bornFrom().map(from -> dob.map(d -> !d.isBefore(from)).orElse(false)).orElse(true)
        && filter.bornTo().map(to -> dob.map(d -> !d.isAfter(to)).orElse(false)).orElse(true);
  }
}

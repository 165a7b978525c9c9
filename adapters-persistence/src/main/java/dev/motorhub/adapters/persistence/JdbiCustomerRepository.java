package dev.motorhub.adapters.persistence;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.customers.CustomerFilter;
import dev.motorhub.application.customers.CustomerKind;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerName;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Customer profiles in {@code customers}, at most one per account, searched with the account;
 * standalone customers (no account, a name of their own) beside them.
 */
final class JdbiCustomerRepository implements CustomerRepository {
  private static final CustomerMapper CUSTOMERS = new CustomerMapper();
  private static final UserMapper USERS = new UserMapper();
  private static final String SELECT = "select " + CustomerMapper.COLUMNS + " from customers c";
  private static final KeysetPages<CustomerRecord> PAGES =
      new KeysetPages<>(
          "select "
              + CustomerMapper.COLUMNS
              + ", "
              + UserMapper.COLUMNS
              + " from customers c left join users u on u.id = c.user_id",
          "c.id",
          (rs, ctx) -> {
            Customer customer = CUSTOMERS.map(rs, ctx);
            return new CustomerRecord(
                customer,
                customer.account().isPresent()
                    ? Optional.of(USERS.map(rs, ctx))
                    : Optional.empty());
          },
          r -> r.customer().id().value());

  private final JdbiTransactions tx;

  JdbiCustomerRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Customer customer) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bindProfile(
                            h.createUpdate(
                                """
                                insert into customers (id, user_id, name, job, notes, dob, address,
                                  city, state, zip_code, phone, created_at, updated_at)
                                values (:id, :userId, :name, :job, :notes, :dob, :address, :city,
                                  :state, :zipCode, :phone, :createdAt, :updatedAt)"""),
                            customer)
                        .bindByType(
                            "userId",
                            customer.account().map(UserId::value).orElse(null),
                            UUID.class)
                        .bind("createdAt", customer.createdAt())
                        .execute()));
  }

  @Override
  public void update(Customer customer) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bindProfile(
                            h.createUpdate(
                                """
                                update customers set name = :name, job = :job, notes = :notes,
                                  dob = :dob, address = :address, city = :city, state = :state,
                                  zip_code = :zipCode, phone = :phone, updated_at = :updatedAt
                                where id = :id"""),
                            customer)
                        .execute()));
  }

  @Override
  public Optional<Customer> findById(CustomerId id) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where c.id = :id")
                .bind("id", id.value())
                .map(CUSTOMERS)
                .findOne());
  }

  @Override
  public Optional<Customer> findByUser(UserId user) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where c.user_id = :userId")
                .bind("userId", user.value())
                .map(CUSTOMERS)
                .findOne());
  }

  @Override
  public List<Customer> findByUsers(Collection<UserId> users) {
    if (users.isEmpty()) {
      return List.of();
    }
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where c.user_id = any(:userIds) order by c.id")
                .bindArray("userIds", UUID.class, users.stream().map(UserId::value).toList())
                .map(CUSTOMERS)
                .list());
  }

  @Override
  public Page<CustomerRecord> search(CustomerFilter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .contains("coalesce(u.first_name, c.name)", "firstName", filter.firstName())
            .contains("coalesce(u.last_name, '')", "lastName", filter.lastName())
            .contains("c.job", "job", filter.job())
            .add("c.phone = :phone", "phone", filter.phone())
            .add("c.dob >= :bornFrom", "bornFrom", filter.bornFrom())
            .add("c.dob <= :bornTo", "bornTo", filter.bornTo())
            .add(
                "(c.user_id is null) = :standalone",
                "standalone",
                filter.kind().map(k -> k == CustomerKind.STANDALONE));
    return PAGES.page(tx, where, page);
  }

  @Override
  public void delete(CustomerId id) {
    ReferencedRows.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate("delete from customers where id = :id")
                        .bind("id", id.value())
                        .execute()),
        StoreConflict.CUSTOMER_HAS_ORDERS.conflict().getMessage());
  }

  /** Binds what an insert and an update both write. */
  private static <S extends SqlStatement<S>> S bindProfile(S statement, Customer customer) {
    CustomerDetails details = customer.details();
    return statement
        .bind("id", customer.id().value())
        .bindByType("name", customer.name().map(CustomerName::value).orElse(null), String.class)
        .bind("job", details.job())
        .bind("notes", details.notes())
        .bindByType("dob", details.dateOfBirth().orElse(null), LocalDate.class)
        .bind("address", details.address())
        .bind("city", details.city())
        .bind("state", details.state())
        .bind("zipCode", details.zipCode())
        .bindByType("phone", details.phone().map(PhoneNumber::value).orElse(null), String.class)
        .bind("updatedAt", customer.updatedAt());
  }
}

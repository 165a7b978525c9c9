package dev.motorhub.application.memory;

import dev.motorhub.application.orders.OrderFilter;
import dev.motorhub.application.orders.OrderRepository;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.orders.OrderId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Orders in memory; as the database's key does, an order needs its customer to exist. */
final class InMemoryOrderRepository implements OrderRepository {
  private final Table<UUID, Order> orders;
  private final Predicate<CustomerId> customerExists;

  InMemoryOrderRepository(Table<UUID, Order> orders, Predicate<CustomerId> customerExists) {
    this.orders = orders;
    this.customerExists = customerExists;
  }

  @Override
  public void add(Order order) {
    if (!customerExists.test(order.customer())) {
      throw new NotFound("Customer");
    }
    orders.put(order.id().value(), order);
  }

  @Override
  public void update(Order order) {
    orders.put(order.id().value(), order);
  }

  @Override
  public Optional<Order> findById(OrderId id) {
    return orders.get(id.value());
  }

  @Override
  public Page<Order> list(OrderFilter filter, PageRequest page) {
    Predicate<Order> test = o -> filter.customer().map(c -> c.equals(o.customer())).orElse(true);
    List<Order> rows =
        filter.newestFirst()
            ? orders.whereBefore(page.after(), test, page.limit() + 1)
            : orders.whereAfter(page.after(), test, page.limit() + 1);
    return Page.fromFetched(rows, page.limit(), o -> o.id().value());
  }

  @Override
  public void delete(OrderId id) {
    orders.remove(id.value());
  }

  /** Whether any order is for {@code customer}. */
  boolean anyFor(CustomerId customer) {
    return !orders.where(o -> o.customer().equals(customer)).isEmpty();
  }
}

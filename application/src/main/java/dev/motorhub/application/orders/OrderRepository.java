package dev.motorhub.application.orders;

import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.orders.OrderId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** Orders, for one customer each; a customer with orders is kept while they are. */
public interface OrderRepository {
  /** Adds an order; a customer gone meanwhile is the core's not found. */
  void add(Order order);

  void update(Order order);

  Optional<Order> findById(OrderId id);

  /**
   * The orders that meet {@code filter}, in the order of their time-ordered ids (oldest or newest
   * first); the page's cursor is the id of the last one it holds.
   */
  Page<Order> list(OrderFilter filter, PageRequest page);

  void delete(OrderId id);
}

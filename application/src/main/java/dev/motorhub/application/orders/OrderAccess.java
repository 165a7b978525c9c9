package dev.motorhub.application.orders;

import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.CustomerRecords;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.orders.OrderId;
import dev.motorhub.domain.orders.OrdersPolicy;
import dev.motorhub.domain.shared.NotFound;

/**
 * Finds the orders an actor may see, with their customers, inside the caller's transaction; an
 * order the actor may not see is not found.
 */
public final class OrderAccess {
  private final OrderRepository orders;
  private final CustomerRecords customers;
  private final OrdersPolicy policy;

  public OrderAccess(OrderRepository orders, CustomerRecords customers, OrdersPolicy policy) {
    this.orders = orders;
    this.customers = customers;
    this.policy = policy;
  }

  /** Throws unless {@code actor} may place, change and remove orders. */
  void requireManager(Actor actor) {
    AccessPolicy.require(
        policy.mayManage(actor), "Only staff can place, change and remove orders.");
  }

  Order find(Actor actor, OrderId id) {
    return orders
        .findById(id)
        .filter(o -> policy.mayView(actor, customers.ownProfile(actor), o.customer()))
        .orElseThrow(() -> new NotFound("Order"));
  }

  /** {@code order} with its customer. */
  OrderRecord record(Order order) {
    CustomerRecord customer =
        customers.find(order.customer()).orElseThrow(() -> new NotFound("Customer"));
    return new OrderRecord(order, customer);
  }
}

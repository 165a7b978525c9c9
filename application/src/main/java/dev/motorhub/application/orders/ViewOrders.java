package dev.motorhub.application.orders;

import dev.motorhub.application.customers.CustomerRecords;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.orders.OrdersPolicy;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Lists orders with their customers, the newest or the oldest first, a page at a time: staff every
 * order or one customer's; a customer their own (asking for another's finds none).
 */
public final class ViewOrders {
  private final Transactions tx;
  private final OrderRepository orders;
  private final CustomerRecords customers;
  private final OrderAccess access;
  private final OrdersPolicy policy;

  public ViewOrders(
      Transactions tx,
      OrderRepository orders,
      CustomerRecords customers,
      OrderAccess access,
      OrdersPolicy policy) {
    this.tx = tx;
    this.orders = orders;
    this.customers = customers;
    this.access = access;
    this.policy = policy;
  }

  public Page<OrderRecord> list(Principal principal, OrderQuery query, PageRequest page) {
    OrderFilter asked = query.filter();
    Actor actor = principal.actor();
    return tx.read(
        () -> {
          Optional<CustomerId> own = customers.ownProfile(actor);
          AccessPolicy.require(
              policy.mayList(actor, own), "Only staff and customers can list orders.");
          if (!policy.mayManage(actor)
              && asked.customer().filter(c -> !own.equals(Optional.of(c))).isPresent()) {
            return new Page<OrderRecord>(List.of(), Optional.empty());
          }
          OrderFilter filter =
              policy.mayManage(actor) ? asked : new OrderFilter(own, asked.newestFirst());
          return orders.list(filter, page).map(access::record);
        });
  }
}

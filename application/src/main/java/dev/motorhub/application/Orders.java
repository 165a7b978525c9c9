package dev.motorhub.application;

import dev.motorhub.application.customers.CustomerRecords;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.application.orders.DeleteOrder;
import dev.motorhub.application.orders.OrderAccess;
import dev.motorhub.application.orders.PlaceOrder;
import dev.motorhub.application.orders.UpdateOrder;
import dev.motorhub.application.orders.ViewCustomerOrders;
import dev.motorhub.application.orders.ViewOrder;
import dev.motorhub.application.orders.ViewOrders;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.orders.OrdersPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of orders (seed 004), wired over one {@link Store}: placing an order (which texts
 * the customer through the SMS outbox), reading, changing and deleting orders. {@link Motorhub}
 * hands it out as {@link Motorhub#orders()}.
 */
public final class Orders {
  private final PlaceOrder placeOrder;
  private final ViewOrders viewOrders;
  private final ViewOrder viewOrder;
  private final UpdateOrder updateOrder;
  private final DeleteOrder deleteOrder;
  private final ViewCustomerOrders viewCustomerOrders;

  record Wiring(
      Store store,
      OrdersPolicy policy,
      CustomerRecordsPolicy customerPolicy,
      Texter texter,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {}

  Orders(Wiring w) {
    var tx = w.store().transactions();
    var orders = w.store().orders();
    var customers =
        new CustomerRecords(w.store().customers(), w.store().users(), w.customerPolicy());
    var access = new OrderAccess(orders, customers, w.policy());
    placeOrder =
        new PlaceOrder(tx, orders, customers, access, w.texter(), w.ids(), w.settings(), w.clock());
    viewOrders = new ViewOrders(tx, orders, customers, access, w.policy());
    viewOrder = new ViewOrder(tx, access);
    updateOrder = new UpdateOrder(tx, orders, access, w.settings(), w.clock());
    deleteOrder = new DeleteOrder(tx, orders, access);
    viewCustomerOrders = new ViewCustomerOrders(tx, orders, customers);
  }

  public PlaceOrder placeOrder() {
    return placeOrder;
  }

  public ViewOrders viewOrders() {
    return viewOrders;
  }

  public ViewOrder viewOrder() {
    return viewOrder;
  }

  public UpdateOrder updateOrder() {
    return updateOrder;
  }

  public DeleteOrder deleteOrder() {
    return deleteOrder;
  }

  /** A customer with all their orders (seed 004's customer view). */
  public ViewCustomerOrders viewCustomerOrders() {
    return viewCustomerOrders;
  }
}

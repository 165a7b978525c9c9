package dev.motorhub.adapters.http.seed.orders;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Orders;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.orders.DeleteOrder;
import dev.motorhub.application.orders.OrderQuery;
import dev.motorhub.domain.orders.OrderId;
import dev.motorhub.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The seed's orders: {@code get-orders} (oldest first, ten a page), {@code view-order} ({@code
 * ?order_id=} one order, {@code ?customer_id=} that customer's), {@code add-order} (which texts the
 * customer), and {@code update-order/{id}}: a partial {@code PUT}, or {@code DELETE}.
 */
final class CustomerOrderOrders implements Routes {
  private final Orders orders;
  private final Authenticator auth;

  CustomerOrderOrders(Orders orders, Authenticator auth) {
    this.orders = orders;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/get-orders/", this::list);
    routes.get("/api/view-order/", this::view);
    routes.post("/api/add-order/", this::add);
    routes.put("/api/update-order/{id}", this::update);
    routes.delete("/api/update-order/{id}", this::delete);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    var all =
        AllPages.of(
            page -> orders.viewOrders().list(principal, new OrderQuery(null, "oldest"), page));
    ctx.json(NumberedPages.of(ctx, all, CustomerOrderViews::order));
  }

  private void view(Context ctx) {
    Principal principal = auth.require(ctx);
    String order = ctx.queryParam("order_id");
    String customer = ctx.queryParam("customer_id");
    if (order != null && !order.isBlank()) {
      ctx.json(CustomerOrderViews.order(orders.viewOrder().get(principal, id(order, "order_id"))));
    } else if (customer != null && !customer.isBlank()) {
      ctx.json(
          AllPages.of(
                  page ->
                      orders.viewOrders().list(principal, new OrderQuery(customer, "oldest"), page))
              .stream()
              .map(CustomerOrderViews::order)
              .toList());
    } else {
      throw InvalidInput.of("order_id", "Pass order_id or customer_id.");
    }
  }

  private void add(Context ctx) {
    Principal principal = auth.require(ctx);
    var placed = orders.placeOrder().place(Forms.order(principal, Body.of(ctx)));
    ctx.status(201).json(CustomerOrderViews.order(placed));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    var changed =
        orders
            .updateOrder()
            .update(Forms.orderChanges(principal, id(ctx.pathParam("id"), "id"), Body.of(ctx)));
    ctx.json(CustomerOrderViews.order(changed));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    orders.deleteOrder().delete(new DeleteOrder.Command(principal, id(ctx.pathParam("id"), "id")));
    ctx.status(204);
  }

  /** An order id; a malformed one is a 400 on {@code field}. */
  private static OrderId id(String text, String field) {
    return new OrderId(FieldValues.uuid(text, field));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Orders;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.orders.DeleteOrder;
import dev.motorhub.application.orders.OrderQuery;
import dev.motorhub.application.orders.OrderRecord;
import dev.motorhub.domain.orders.OrderId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * {@code /v1/orders}: staff place, read, change and delete orders; a customer reads their own.
 * Placing one texts its customer.
 */
public final class OrderRoutes implements Routes {
  private final Orders orders;
  private final Authenticator auth;

  public OrderRoutes(Orders orders, Authenticator auth) {
    this.orders = orders;
    this.auth = auth;
  }

  record OrderCustomerView(String id, String name, String phoneNumber) {}

  record OrderView(
      String id,
      String customerId,
      OrderCustomerView customer,
      String item,
      String amount,
      String currency,
      Instant createdAt,
      Instant updatedAt) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/orders", this::list);
    routes.post("/v1/orders", this::place);
    routes.get("/v1/orders/{id}", this::get);
    routes.patch("/v1/orders/{id}", this::update);
    routes.delete("/v1/orders/{id}", this::delete);
  }

  static OrderView view(OrderRecord record) {
    var order = record.order();
    var customer = record.customer();
    return new OrderView(
        order.id().toString(),
        order.customer().toString(),
        new OrderCustomerView(
            customer.customer().id().toString(),
            customer.displayName(),
            customer.phone().map(p -> p.value()).orElse(null)),
        order.item(),
        order.amount().plain(),
        order.amount().currency().getCurrencyCode(),
        order.createdAt(),
        order.updatedAt());
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    OrderQuery query = new OrderQuery(ctx.queryParam("customer"), ctx.queryParam("order"));
    ctx.json(
        Views.page(
            orders.viewOrders().list(principal, query, Queries.page(ctx)), OrderRoutes::view));
  }

  private void place(Context ctx) {
    Principal principal = auth.require(ctx);
    OrderRecord placed = orders.placeOrder().place(Forms.order(principal, Body.of(ctx)));
    ctx.status(201).header("Location", "/v1/orders/" + placed.order().id()).json(view(placed));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(view(orders.viewOrder().get(principal, id(ctx))));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        view(orders.updateOrder().update(Forms.orderChanges(principal, id(ctx), Body.of(ctx)))));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    orders.deleteOrder().delete(new DeleteOrder.Command(principal, id(ctx)));
    ctx.status(204);
  }

  private static OrderId id(Context ctx) {
    return new OrderId(PathIds.uuid(ctx.pathParam("id"), "Order"));
  }
}

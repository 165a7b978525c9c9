package dev.motorhub.adapters.http.seed.orders;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.AddCustomer;
import dev.motorhub.application.customers.CustomerChanges;
import dev.motorhub.application.customers.CustomerQuery;
import dev.motorhub.application.customers.DeleteCustomer;
import dev.motorhub.application.customers.UpdateCustomer;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.orders.ViewCustomerOrders;
import dev.motorhub.domain.customers.CustomerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The seed's customers: {@code get-customers} (every customer, oldest first, ten a page), {@code
 * view-customer} (with their orders), {@code add-customer} (a name and a phone: a customer without
 * an account), {@code update-customer} (a partial {@code PUT}) and {@code delete-customer}.
 */
final class CustomerOrderCustomers implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  CustomerOrderCustomers(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/get-customers/", this::list);
    routes.get("/api/view-customer/{id}", this::view);
    routes.post("/api/add-customer/", this::add);
    routes.put("/api/update-customer/{id}", this::update);
    routes.delete("/api/delete-customer/{id}", this::delete);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    var all =
        AllPages.of(
            page -> core.customers().viewCustomers().search(principal, CustomerQuery.all(), page));
    ctx.json(NumberedPages.of(ctx, all, CustomerOrderViews::customer));
  }

  private void view(Context ctx) {
    Principal principal = auth.require(ctx);
    ViewCustomerOrders.CustomerOrders seen =
        core.orders().viewCustomerOrders().view(principal, id(ctx));
    ctx.json(CustomerOrderViews.customerWithOrders(seen.customer(), seen.orders()));
  }

  private void add(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    var added =
        core.customers()
            .addCustomer()
            .add(AddCustomer.Command.of(principal, body.text("name"), body.text("phone_number")));
    ctx.status(201).json(CustomerOrderViews.customer(added));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    var changes = CustomerChanges.standalone(body.text("name"), body.text("phone_number"));
    var changed =
        core.customers()
            .updateCustomer()
            .update(new UpdateCustomer.Command(principal, id(ctx), changes));
    ctx.json(CustomerOrderViews.customer(changed));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    core.customers().deleteCustomer().delete(new DeleteCustomer.Command(principal, id(ctx)));
    ctx.status(204);
  }

  /** The path's customer id; a malformed one is a 400 on {@code id}. */
  private static CustomerId id(Context ctx) {
    return CustomerId.parse(ctx.pathParam("id"), "id");
  }
}

package dev.motorhub.adapters.http.seed.lease;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.CustomerQuery;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.DeleteCustomer;
import dev.motorhub.application.customers.UpdateCustomer;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.customers.CustomerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/**
 * The Lease API's customers: {@code /api/customer/{customer_id}}, {@code /api/customers/} and
 * {@code /api/customers/search/} (the seed documents the search on the user search path; the
 * customer filters live here). The seed knows customers with accounts only: its lists leave the
 * standalone ones out.
 */
final class LeaseCustomerRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;
  private final Clock clock;

  LeaseCustomerRoutes(Motorhub core, Authenticator auth, Clock clock) {
    this.core = core;
    this.auth = auth;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/customer/{customer_id}", this::get);
    routes.put("/api/customer/{customer_id}", this::update);
    routes.patch("/api/customer/{customer_id}", this::update);
    routes.delete("/api/customer/{customer_id}", this::delete);
    routes.get("/api/customers/", this::list);
    routes.get("/api/customers/search/", this::search);
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        LeaseViews.customer(
            core.customers().viewCustomers().getWithAccount(principal, id(ctx)), clock));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    var changes = Forms.customerChanges(Body.of(ctx));
    var record =
        core.customers()
            .updateCustomer()
            .update(new UpdateCustomer.Command(principal, id(ctx), changes));
    ctx.json(LeaseViews.customer(record, clock));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    core.customers().deleteCustomer().delete(new DeleteCustomer.Command(principal, id(ctx)));
    ctx.json(LeaseViews.REMOVED);
  }

  /** Every customer, under the list's own field names ({@code "first name"}). */
  private void list(Context ctx) {
    ctx.json(
        customers(ctx, CustomerQuery.all().withAccounts()).stream()
            .map(record -> LeaseListViews.customer(record, clock))
            .toList());
  }

  private void search(Context ctx) {
    ctx.json(
        customers(ctx, query(ctx)).stream()
            .map(record -> LeaseViews.customer(record, clock))
            .toList());
  }

  private List<CustomerRecord> customers(Context ctx, CustomerQuery query) {
    Principal principal = auth.require(ctx);
    return AllPages.of(page -> core.customers().viewCustomers().search(principal, query, page));
  }

  private static CustomerQuery query(Context ctx) {
    return new CustomerQuery(
            ctx.queryParam("first_name"),
            ctx.queryParam("last_name"),
            ctx.queryParam("job"),
            ctx.queryParam("age"),
            null)
        .withAccounts();
  }

  private static CustomerId id(Context ctx) {
    return new CustomerId(PathIds.uuid(ctx.pathParam("customer_id"), "Customer"));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.customers.AddCustomer;
import dev.motorhub.application.customers.CustomerQuery;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.DeleteCustomer;
import dev.motorhub.application.customers.UpdateCustomer;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.shared.PageRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * {@code /v1/customers}: customer profiles, their own for customers, all of them for staff, with
 * the customers staff keep without an account.
 */
public final class CustomerRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;
  private final Clock clock;

  public CustomerRoutes(Motorhub core, Authenticator auth, Clock clock) {
    this.core = core;
    this.auth = auth;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/customers", this::list);
    routes.post("/v1/customers", this::create);
    routes.get("/v1/customers/{id}", this::get);
    routes.put("/v1/customers/{id}", this::update);
    routes.patch("/v1/customers/{id}", this::update);
    routes.delete("/v1/customers/{id}", this::delete);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    CustomerQuery query =
        new CustomerQuery(
            ctx.queryParam("first_name"),
            ctx.queryParam("last_name"),
            ctx.queryParam("job"),
            ctx.queryParam("age"),
            ctx.queryParam("phone_number"),
            ctx.queryParam("kind"));
    PageRequest page = Queries.page(ctx);
    ctx.json(
        Views.page(
            core.customers().viewCustomers().search(principal, query, page),
            r -> Views.customer(r, clock)));
  }

  /**
   * A body with {@code name} and none of {@code username}, {@code email} or {@code password} adds a
   * customer without an account (staff); any other body opens an account with its profile.
   */
  private void create(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    if (body.has("name") && !body.has("username") && !body.has("email") && !body.has("password")) {
      CustomerRecord added =
          core.customers()
              .addCustomer()
              .add(
                  AddCustomer.Command.of(
                      principal, body.text("name"), body.firstText("phone_number", "phone")));
      ctx.status(201)
          .header("Location", "/v1/customers/" + added.customer().id())
          .json(Views.customer(added, clock));
      return;
    }
    Account account =
        core.accounts()
            .createAccount()
            .create(
                new CreateAccount.Command(principal, Forms.account(body, Role.CUSTOMER.wire())));
    CustomerId id = account.customer().orElseThrow().id();
    ctx.status(201)
        .header("Location", "/v1/customers/" + id)
        .json(Views.customer(core.customers().viewCustomers().get(principal, id), clock));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(Views.customer(core.customers().viewCustomers().get(principal, id(ctx)), clock));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    var changes = Forms.customerChanges(Body.of(ctx));
    ctx.json(
        Views.customer(
            core.customers()
                .updateCustomer()
                .update(new UpdateCustomer.Command(principal, id(ctx), changes)),
            clock));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    core.customers().deleteCustomer().delete(new DeleteCustomer.Command(principal, id(ctx)));
    ctx.status(204);
  }

  private static CustomerId id(Context ctx) {
    return new CustomerId(PathIds.uuid(ctx.pathParam("id"), "Customer"));
  }
}

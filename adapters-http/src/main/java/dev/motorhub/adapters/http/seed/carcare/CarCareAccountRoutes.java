package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.customers.CustomerQuery;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /api/v1/user/accounts} (one's own account: read, open, change, delete) and {@code GET
 * /api/v1/user/?user_type=customers} (every customer record for staff, one's own for a customer).
 */
final class CarCareAccountRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  CarCareAccountRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/v1/user/accounts", this::own);
    routes.post("/api/v1/user/accounts", this::open);
    routes.put("/api/v1/user/accounts", this::update);
    routes.patch("/api/v1/user/accounts", this::update);
    routes.delete("/api/v1/user/accounts", this::delete);
    routes.get("/api/v1/user/", this::users);
  }

  /** The caller's own account, as a list of one: the seed's "view profile". */
  private void own(Context ctx) {
    Principal principal = auth.require(ctx);
    Account account = core.accounts().viewAccounts().get(principal, principal.actor().id());
    ctx.json(List.of(CarCareViews.account(account)));
  }

  /** Opens an account as registration does, answering with the account. */
  private void open(Context ctx) {
    Account account = CarCareAuthRoutes.register(core, Body.of(ctx));
    ctx.status(201).json(CarCareViews.account(account));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    var changes = Forms.accountChanges(Body.of(ctx), null, null);
    Account account =
        core.accounts()
            .updateAccount()
            .update(new UpdateAccount.Command(principal, principal.actor().id(), changes));
    ctx.json(CarCareViews.account(account));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    core.accounts()
        .deleteAccount()
        .delete(new DeleteAccount.Command(principal, principal.actor().id()));
    ctx.status(204);
  }

  private void users(Context ctx) {
    Principal principal = auth.require(ctx);
    String type = ctx.queryParam("user_type");
    if (type == null || type.isBlank()) {
      throw InvalidInput.of("user_type", "This field is required.");
    }
    if (!UserTypes.isCustomers(type)) {
      throw InvalidInput.of("user_type", "Select a valid choice: customers.");
    }
    ctx.json(customers(principal));
  }

  /** Every customer record for staff; for anyone else, their own, if they have one. */
  private List<CarCareViews.CustomerView> customers(Principal principal) {
    if (principal.actor().isAdministrative()) {
      return AllPages.of(
              page ->
                  core.customers()
                      .viewCustomers()
                      .search(principal, CustomerQuery.all().withAccounts(), page))
          .stream()
          .map(record -> CarCareViews.customer(record.customer()))
          .toList();
    }
    return core.accounts().viewAccounts().get(principal, principal.actor().id()).customer().stream()
        .map(CarCareViews::customer)
        .toList();
  }
}

package dev.motorhub.adapters.http.seed.mycars;

import dev.motorhub.adapters.http.seed.ActiveFlag;
import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.seed.ClientRoles;
import dev.motorhub.adapters.http.seed.PhoneField;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.customers.CustomerChanges;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Forbidden;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /api/admin/users/}: administrators list the clients and create, read, change and delete
 * accounts. As in the seed, only administrators call these routes: anyone else is refused before
 * any record is looked up (so nothing can be probed). Which administrator may do what to which
 * account is the core's to say, as on every other route.
 */
final class MyCarsAdminRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  MyCarsAdminRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/admin/users/", this::list);
    routes.post("/api/admin/users/", this::create);
    routes.get("/api/admin/users/{user_id}/", this::get);
    routes.put("/api/admin/users/{user_id}/", this::update);
    routes.patch("/api/admin/users/{user_id}/", this::update);
    routes.delete("/api/admin/users/{user_id}/", this::delete);
  }

  private void list(Context ctx) {
    Principal principal = administrator(ctx);
    UserFilter clients =
        new UserFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Role.CUSTOMER),
            Optional.empty());
    ctx.json(
        AllPages.of(page -> core.accounts().viewAccounts().list(principal, clients, page)).stream()
            .map(MyCarsViews::user)
            .toList());
  }

  private void create(Context ctx) {
    Principal principal = administrator(ctx);
    Body body = Body.of(ctx);
    var form = Forms.account(body, ClientRoles.toCore(body.text("role")), PhoneField.rule(body));
    Account account =
        core.accounts().createAccount().create(new CreateAccount.Command(principal, form));
    ctx.status(201).json(MyCarsViews.user(account));
  }

  /** The user's details, with their cars. */
  private void get(Context ctx) {
    Principal principal = administrator(ctx);
    Account account = core.accounts().viewAccounts().get(principal, id(ctx));
    var cars = MyCarsAdminCarRoutes.carsOf(core, principal, account.user().id());
    ctx.json(MyCarsCarViews.withCars(account, cars));
  }

  /** Changes the account and the address on its customer profile, where the seed keeps it. */
  private void update(Context ctx) {
    Principal principal = administrator(ctx);
    Body body = Body.of(ctx);
    Role current = core.accounts().viewAccounts().get(principal, id(ctx)).user().role();
    String role = ClientRoles.toCore(body.text("role"), current);
    AccountChanges changes =
        Forms.accountChanges(body, role, ActiveFlag.status(body), PhoneField.rule(body));
    CustomerChanges address = CustomerChanges.address(body.text("address"));
    ctx.json(
        MyCarsViews.user(
            core.accounts()
                .updateAccount()
                .update(new UpdateAccount.Command(principal, id(ctx), changes, address))));
  }

  private void delete(Context ctx) {
    Principal principal = administrator(ctx);
    core.accounts().deleteAccount().delete(new DeleteAccount.Command(principal, id(ctx)));
    ctx.status(204);
  }

  /** The caller, refused unless an administrator: the seed's admin routes are theirs alone. */
  private Principal administrator(Context ctx) {
    Principal principal = auth.require(ctx);
    if (!principal.actor().isAdministrative()) {
      throw new Forbidden("You do not have permission to perform this action.");
    }
    return principal;
  }

  private static UserId id(Context ctx) {
    return new UserId(PathIds.uuid(ctx.pathParam("user_id"), "User"));
  }
}

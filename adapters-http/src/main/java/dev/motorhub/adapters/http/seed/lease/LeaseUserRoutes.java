package dev.motorhub.adapters.http.seed.lease;

import dev.motorhub.adapters.http.seed.ActiveFlag;
import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.SetPassword;
import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Forbidden;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The Lease API's users: {@code /api/user/{user_id}}, {@code /api/user/} (add), {@code
 * /api/password_update/{user_id}}, {@code /api/users/} and {@code /api/users/search/}.
 */
final class LeaseUserRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  LeaseUserRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/user/{user_id}", this::get);
    routes.put("/api/user/{user_id}", this::update);
    routes.patch("/api/user/{user_id}", this::update);
    routes.delete("/api/user/{user_id}", this::delete);
    routes.post("/api/user/", this::add);
    routes.put("/api/password_update/{user_id}", this::setPassword);
    routes.get("/api/users/", this::list);
    routes.get("/api/users/search/", this::search);
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(LeaseViews.user(core.accounts().viewAccounts().get(principal, id(ctx))));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    AccountChanges changes = Forms.accountChanges(body, null, ActiveFlag.status(body));
    Account account =
        core.accounts()
            .updateAccount()
            .update(new UpdateAccount.Command(principal, id(ctx), changes));
    ctx.json(LeaseViews.user(account));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    core.accounts().deleteAccount().delete(new DeleteAccount.Command(principal, id(ctx)));
    ctx.json(LeaseViews.REMOVED);
  }

  /**
   * Adds a user of any kind, in the status {@code is_active} asks for: {@code is_superuser} and
   * {@code is_staff} choose the role. As the seed says, this opens the user alone, with no customer
   * profile (registration makes those). The seed gives this route to the superuser alone (staff
   * open accounts through the other seeds and {@code /v1}), so anyone else is refused before the
   * body is read.
   */
  private void add(Context ctx) {
    Principal principal = auth.require(ctx);
    if (principal.actor().role() != Role.SUPERUSER) {
      throw new Forbidden("Only a superuser adds users.");
    }
    Body body = Body.of(ctx);
    AccountStatus status =
        Boolean.FALSE.equals(body.bool("is_active"))
            ? AccountStatus.DEACTIVATED
            : AccountStatus.ACTIVE;
    var command =
        new CreateAccount.Command(
            principal, Forms.account(body, role(body)), status, CreateAccount.Profile.NONE);
    ctx.status(201).json(LeaseViews.added(core.accounts().createAccount().create(command)));
  }

  private void setPassword(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    // The seed's own example spells the field "password " with a trailing space.
    String password = body.firstText("password", "password ");
    core.identity().setPassword().set(new SetPassword.Command(principal, id(ctx), password));
    ctx.json(LeaseViews.PASSWORD_UPDATED);
  }

  /** Every user, under the list's own field names ({@code "first name"}, {@code "customer id"}). */
  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(users(principal, UserFilter.none()).stream().map(LeaseListViews::user).toList());
  }

  private void search(Context ctx) {
    Principal principal = auth.require(ctx);
    UserFilter filter =
        new UserFilter(
            Queries.optional(ctx, "username"),
            Queries.optional(ctx, "first_name"),
            Queries.optional(ctx, "last_name"),
            Optional.empty(),
            Optional.empty());
    ctx.json(users(principal, filter).stream().map(LeaseViews::user).toList());
  }

  private List<Account> users(Principal principal, UserFilter filter) {
    return AllPages.of(page -> core.accounts().viewAccounts().list(principal, filter, page));
  }

  private static String role(Body body) {
    if (Boolean.TRUE.equals(body.bool("is_superuser"))) {
      return Role.SUPERUSER.wire();
    }
    if (Boolean.TRUE.equals(body.bool("is_staff"))) {
      return Role.STAFF.wire();
    }
    return Role.CUSTOMER.wire();
  }

  private static UserId id(Context ctx) {
    return new UserId(PathIds.uuid(ctx.pathParam("user_id"), "User"));
  }
}

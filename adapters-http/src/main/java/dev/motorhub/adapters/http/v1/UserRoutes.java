package dev.motorhub.adapters.http.v1;

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
import dev.motorhub.domain.shared.PageRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** {@code /v1/users}: staff manage accounts; holders reach their own by id too. */
public final class UserRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  public UserRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/users", this::list);
    routes.post("/v1/users", this::create);
    routes.get("/v1/users/{id}", this::get);
    routes.put("/v1/users/{id}", ctx -> update(ctx, true));
    routes.patch("/v1/users/{id}", ctx -> update(ctx, false));
    routes.delete("/v1/users/{id}", this::delete);
    routes.put("/v1/users/{id}/password", this::setPassword);
    routes.post("/v1/users/{id}/deactivate", this::deactivate);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    UserFilter filter =
        new UserFilter(
            query(ctx, "username"),
            query(ctx, "first_name"),
            query(ctx, "last_name"),
            query(ctx, "role").map(r -> Role.parse(r, "role")),
            query(ctx, "status").map(s -> AccountStatus.parse(s, "status")));
    PageRequest page = Queries.page(ctx);
    ctx.json(Views.page(core.accounts().viewAccounts().list(principal, filter, page), Views::user));
  }

  private void create(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    Account account =
        core.accounts()
            .createAccount()
            .create(new CreateAccount.Command(principal, Forms.account(body, body.text("role"))));
    ctx.status(201)
        .header("Location", "/v1/users/" + account.user().id())
        .json(Views.user(account));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(Views.user(core.accounts().viewAccounts().get(principal, id(ctx))));
  }

  private void update(Context ctx, boolean replace) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    if (replace) {
      body.requireAll(List.of("username", "email"));
    }
    AccountChanges changes = Forms.accountChanges(body, body.text("role"), body.text("status"));
    ctx.json(
        Views.user(
            core.accounts()
                .updateAccount()
                .update(new UpdateAccount.Command(principal, id(ctx), changes))));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    core.accounts().deleteAccount().delete(new DeleteAccount.Command(principal, id(ctx)));
    ctx.status(204);
  }

  private void setPassword(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    core.identity()
        .setPassword()
        .set(new SetPassword.Command(principal, id(ctx), body.text("password")));
    ctx.status(204);
  }

  private void deactivate(Context ctx) {
    Principal principal = auth.require(ctx);
    AccountChanges changes = AccountChanges.status(AccountStatus.DEACTIVATED.wire());
    ctx.json(
        Views.user(
            core.accounts()
                .updateAccount()
                .update(new UpdateAccount.Command(principal, id(ctx), changes))));
  }

  private static UserId id(Context ctx) {
    return new UserId(PathIds.uuid(ctx.pathParam("id"), "User"));
  }

  static Optional<String> query(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}

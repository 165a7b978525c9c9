package dev.motorhub.adapters.http.seed.matchmaking;

import dev.motorhub.adapters.http.seed.ActiveFlag;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.identity.AccountStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /users/byId/} (one's own details, read and changed) and {@code /users/deactivate/}. */
final class MatchmakingProfileRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  MatchmakingProfileRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/users/byId/", this::get);
    routes.put("/users/byId/", this::update);
    routes.patch("/users/byId/", this::update);
    routes.put("/users/deactivate/", this::deactivate);
    routes.patch("/users/deactivate/", this::deactivate);
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        MatchmakingViews.user(
            core.accounts().viewAccounts().get(principal, principal.actor().id())));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    String role = MatchmakingRoles.toCore(body.text("role"), principal.actor().role());
    AccountChanges changes = Forms.accountChanges(body, role, ActiveFlag.status(body));
    ctx.json(MatchmakingViews.user(change(principal, changes)));
  }

  private void deactivate(Context ctx) {
    Principal principal = auth.require(ctx);
    Account account = change(principal, AccountChanges.status(AccountStatus.DEACTIVATED.wire()));
    String message = "User " + account.user().username().value() + " deactivated successfully";
    ctx.json(new MatchmakingViews.MessageView(message));
  }

  private Account change(Principal principal, AccountChanges changes) {
    return core.accounts()
        .updateAccount()
        .update(new UpdateAccount.Command(principal, principal.actor().id(), changes));
  }
}

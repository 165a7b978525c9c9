package dev.motorhub.adapters.http.seed.mycars;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.ClientAddresses;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.ChangePassword;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.LogOut;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.RefreshSession;
import dev.motorhub.application.identity.Tokens;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /api/token/}, {@code /api/token/refresh/}, {@code /api/change-password/}, {@code
 * /api/logout/} and {@code /api/me/}: the seed's JWT pair is the platform's access token and its
 * rotating refresh token.
 */
final class MyCarsAuthRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  MyCarsAuthRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/token/", this::obtain);
    routes.post("/api/token/refresh/", this::refresh);
    routes.put("/api/change-password/", this::changePassword);
    routes.patch("/api/change-password/", this::changePassword);
    routes.post("/api/logout/", this::logOut);
    routes.get("/api/me/", this::me);
  }

  private void obtain(Context ctx) {
    Body body = Body.of(ctx);
    var signedIn =
        core.identity()
            .logIn()
            .logIn(
                new LogIn.Command(
                    body.text("username"), body.text("password"), ClientAddresses.of(ctx)));
    ctx.json(pair(signedIn.tokens()));
  }

  private void refresh(Context ctx) {
    Body body = Body.of(ctx);
    ctx.json(
        pair(
            core.identity()
                .refreshSession()
                .refresh(new RefreshSession.Command(body.text("refresh")))));
  }

  private void changePassword(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    core.identity()
        .changePassword()
        .change(
            new ChangePassword.Command(
                principal, body.text("old_password"), body.text("new_password")));
    ctx.json(new MyCarsViews.DetailView("Password changed successfully."));
  }

  private void logOut(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    core.identity()
        .logOut()
        .logOut(new LogOut.Command(principal, Optional.ofNullable(body.text("refresh"))));
    ctx.json(new MyCarsViews.DetailView("Successfully logged out."));
  }

  private void me(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        MyCarsViews.user(core.accounts().viewAccounts().get(principal, principal.actor().id())));
  }

  private static MyCarsViews.TokensView pair(Tokens tokens) {
    return new MyCarsViews.TokensView(tokens.accessToken(), tokens.refreshToken());
  }
}

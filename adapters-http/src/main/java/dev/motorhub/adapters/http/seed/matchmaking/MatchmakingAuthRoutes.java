package dev.motorhub.adapters.http.seed.matchmaking;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.ClientAddresses;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.ChangePassword;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.LogOut;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.SignedIn;
import dev.motorhub.domain.shared.Forbidden;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /users/}, {@code /users/login/}, {@code /users/logout/} and {@code PUT
 * /users/reset/}. Failures keep the platform's statuses in the shapes the seed shows (see {@link
 * MatchmakingRoutes#LOGIN} and {@link MatchmakingRoutes#RESET}).
 */
final class MatchmakingAuthRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  MatchmakingAuthRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/users/", this::create);
    routes.post("/users/login/", this::logIn);
    routes.post("/users/logout/", this::logOut);
    routes.put("/users/reset/", this::reset);
  }

  private void create(Context ctx) {
    Body body = Body.of(ctx);
    String role = MatchmakingRoles.toCore(body.text("role"), null);
    core.accounts().registerAccount().register(Forms.account(body, role));
    ctx.status(201).json(new MatchmakingViews.MessageView("User Created Successfully"));
  }

  private void logIn(Context ctx) {
    Body body = Body.of(ctx);
    var command =
        new LogIn.Command(body.text("username"), body.text("password"), ClientAddresses.of(ctx));
    SignedIn signedIn = core.identity().logIn().logIn(command);
    ctx.json(new MatchmakingViews.TokenView(signedIn.tokens().accessToken()));
  }

  /** Ends the session of the token the request carries: that token answers 401 from now on. */
  private void logOut(Context ctx) {
    Principal principal = auth.require(ctx);
    core.identity().logOut().logOut(new LogOut.Command(principal, Optional.empty()));
    ctx.json(new MatchmakingViews.MessageView("Logout Successfully"));
  }

  /** Changes the caller's password; the username must be the caller's own. */
  private void reset(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("username", "old_password", "new_password"));
    String own =
        core.accounts()
            .viewAccounts()
            .get(principal, principal.actor().id())
            .user()
            .username()
            .key();
    if (!body.text("username").strip().toLowerCase(Locale.ROOT).equals(own)) {
      throw new Forbidden("You do not have permission to perform this action.");
    }
    var command =
        new ChangePassword.Command(principal, body.text("old_password"), body.text("new_password"));
    core.identity().changePassword().change(command);
    ctx.json(new MatchmakingViews.MessageView("Password reset successfully."));
  }
}

package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.ClientAddresses;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.SignedIn;
import dev.motorhub.domain.identity.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /api/v1/user/registration/} and {@code POST /api/v1/user/login/} (202). */
final class CarCareAuthRoutes implements Routes {
  private final Motorhub core;

  CarCareAuthRoutes(Motorhub core) {
    this.core = core;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/v1/user/registration/", this::register);
    routes.post("/api/v1/user/login/", this::logIn);
  }

  private void register(Context ctx) {
    User u = register(core, Body.of(ctx)).user();
    ctx.status(201)
        .json(
            new CarCareViews.RegisteredView(
                u.username().value(), u.firstName(), u.email().value()));
  }

  /** Registers a customer or a mechanic, as {@code user_type} says (a customer by default). */
  static Account register(Motorhub core, Body body) {
    return core.accounts()
        .registerAccount()
        .register(Forms.account(body, UserTypes.role(body)))
        .account();
  }

  /**
   * Signs in: 202 with the token pair. A refused login is the seed's (see {@link
   * CarCareRoutes#LOGIN}).
   */
  private void logIn(Context ctx) {
    Body body = Body.of(ctx);
    SignedIn signedIn =
        core.identity()
            .logIn()
            .logIn(
                new LogIn.Command(
                    body.text("username"), body.text("password"), ClientAddresses.of(ctx)));
    ctx.status(202)
        .json(
            new CarCareViews.TokensView(
                signedIn.tokens().accessToken(), signedIn.tokens().refreshToken()));
  }
}

package dev.motorhub.adapters.http.seed.lease;

import dev.motorhub.adapters.http.seed.ClientRoles;
import dev.motorhub.adapters.http.seed.PhoneField;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.ClientAddresses;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.SignedIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /api/register/} and {@code POST /api/login/}. Registration takes the union of the
 * Lease API's fields (job, notes, dob) and My Cars' (role, phone as free text, address) and answers
 * with both seeds' fields.
 */
final class LeaseAuthRoutes implements Routes {
  private final Motorhub core;

  LeaseAuthRoutes(Motorhub core) {
    this.core = core;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/register/", this::register);
    routes.post("/api/login/", this::logIn);
  }

  private void register(Context ctx) {
    Body body = Body.of(ctx);
    String role = ClientRoles.toCore(body.text("role"));
    var registered =
        core.accounts()
            .registerAccount()
            .register(Forms.account(body, role, PhoneField.rule(body)));
    ctx.status(201).json(LeaseViews.registered(registered));
  }

  private void logIn(Context ctx) {
    Body body = Body.of(ctx);
    SignedIn signedIn =
        core.identity()
            .logIn()
            .logIn(
                new LogIn.Command(
                    body.text("username"), body.text("password"), ClientAddresses.of(ctx)));
    ctx.json(
        new LeaseViews.LoggedInView(
            "successful login",
            signedIn.user().username().value(),
            signedIn.tokens().accessToken()));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.ClientAddresses;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.ConfirmPhone;
import dev.motorhub.application.accounts.RegisterAccount;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.identity.ChangePassword;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.LogOut;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.RefreshSession;
import dev.motorhub.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /v1/auth/*} and {@code /v1/me}: signing up, in and out, and one's own account, its phone
 * verified by a code sent to it.
 */
public final class AuthRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;
  private final Clock clock;

  public AuthRoutes(Motorhub core, Authenticator auth, Clock clock) {
    this.core = core;
    this.auth = auth;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/v1/auth/register", this::register);
    routes.post("/v1/auth/login", this::logIn);
    routes.post("/v1/auth/refresh", this::refresh);
    routes.post("/v1/auth/logout", this::logOut);
    routes.put("/v1/auth/password", this::changePassword);
    routes.get("/v1/me", this::me);
    routes.patch("/v1/me", this::updateMe);
    routes.put("/v1/me/subscription", this::changeSubscription);
    routes.post("/v1/me/phone/verification", this::sendPhoneCode);
    routes.post("/v1/me/phone/verification/confirm", this::confirmPhone);
  }

  private void register(Context ctx) {
    Body body = Body.of(ctx);
    RegisterAccount.Registered registered =
        core.accounts().registerAccount().register(Forms.account(body, body.text("role")));
    ctx.status(201)
        .header("Location", "/v1/users/" + registered.account().user().id())
        .json(Views.tokens(registered.tokens(), registered.account(), clock));
  }

  private void logIn(Context ctx) {
    Body body = Body.of(ctx);
    var signedIn =
        core.identity()
            .logIn()
            .logIn(
                new LogIn.Command(
                    body.text("username"), body.text("password"), ClientAddresses.of(ctx)));
    ctx.json(Views.tokens(signedIn.tokens(), null, clock));
  }

  private void refresh(Context ctx) {
    Body body = Body.of(ctx);
    String refreshToken = body.firstText("refresh_token", "refresh");
    if (refreshToken == null || refreshToken.isBlank()) {
      // named as this API names it; the core's own name for it is the seeds' "refresh"
      throw InvalidInput.of("refresh_token", "This field is required.");
    }
    var tokens = core.identity().refreshSession().refresh(new RefreshSession.Command(refreshToken));
    ctx.json(Views.tokens(tokens, null, clock));
  }

  private void logOut(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    core.identity()
        .logOut()
        .logOut(
            new LogOut.Command(
                principal, Optional.ofNullable(body.firstText("refresh_token", "refresh"))));
    ctx.status(204);
  }

  private void changePassword(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    core.identity()
        .changePassword()
        .change(
            new ChangePassword.Command(
                principal, body.text("old_password"), body.text("new_password")));
    ctx.status(204);
  }

  private void me(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(Views.user(core.accounts().viewAccounts().get(principal, principal.actor().id())));
  }

  private void updateMe(Context ctx) {
    Principal principal = auth.require(ctx);
    AccountChanges changes = Forms.accountChanges(Body.of(ctx), null, null);
    ctx.json(
        Views.user(
            core.accounts()
                .updateAccount()
                .update(new UpdateAccount.Command(principal, principal.actor().id(), changes))));
  }

  private void changeSubscription(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAny(java.util.List.of("subscription_plan"));
    String plan = body.text("subscription_plan");
    AccountChanges changes = AccountChanges.subscriptionPlan(plan == null ? "" : plan);
    ctx.json(
        Views.user(
            core.accounts()
                .updateAccount()
                .update(new UpdateAccount.Command(principal, principal.actor().id(), changes))));
  }

  /** What a code sent says: only until when it holds (the code itself goes by text message). */
  record CodeSentView(Instant expiresAt) {}

  private void sendPhoneCode(Context ctx) {
    Principal principal = auth.require(ctx);
    Instant expiresAt = core.accounts().sendPhoneCode().send(principal);
    ctx.status(202).json(new CodeSentView(expiresAt));
  }

  private void confirmPhone(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    core.accounts().confirmPhone().confirm(new ConfirmPhone.Command(principal, body.text("code")));
    ctx.json(Views.user(core.accounts().viewAccounts().get(principal, principal.actor().id())));
  }
}

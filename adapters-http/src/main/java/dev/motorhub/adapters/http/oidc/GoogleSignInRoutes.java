package dev.motorhub.adapters.http.oidc;

import dev.motorhub.adapters.http.browser.BrowserCookies;
import dev.motorhub.adapters.http.browser.Pages;
import dev.motorhub.adapters.http.oidc.IdTokenVerifier.VerifiedIdentity;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.SignInWithVerifiedEmail;
import dev.motorhub.application.identity.ProviderAccount;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /auth/google/login} sends the browser to the provider; {@code GET
 * /auth/google/callback} is where it comes back: the sign-in is checked, the account found or
 * opened, and the browser gets its session cookie and goes home. Every refusal is a page with a 4xx
 * (502 when the provider cannot be reached); why it was refused goes to the log, never a secret.
 */
public final class GoogleSignInRoutes implements Routes {
  public static final String LOGIN_PATH = "/auth/google/login";
  private static final Logger LOG = LoggerFactory.getLogger(GoogleSignInRoutes.class);

  private final Motorhub core;
  private final GoogleSignIn signIn;
  private final String issuer;
  private final BrowserCookies cookies;
  private final Clock clock;

  public GoogleSignInRoutes(
      Motorhub core, OidcSettings settings, BrowserCookies cookies, Clock clock) {
    this.core = core;
    this.signIn = new GoogleSignIn(settings, new PendingSignIns(core.store(), clock));
    this.issuer = settings.issuer().toString();
    this.cookies = cookies;
    this.clock = clock;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(LOGIN_PATH, this::login);
    routes.get(OidcSettings.CALLBACK_PATH, this::callback);
  }

  private void login(Context ctx) {
    try {
      GoogleSignIn.Started started = signIn.start();
      cookies.setBinding(ctx, started.binding(), PendingSignIns.TTL);
      ctx.status(302).header("Location", started.redirect().toString());
    } catch (SignInRefused refused) {
      refuse(ctx, refused);
    }
  }

  private void callback(Context ctx) {
    cookies.clearBinding(ctx);
    try {
      String error = ctx.queryParam("error");
      if (error != null) {
        throw SignInRefused.bad(
            "Google did not sign you in.",
            "the provider answered " + error.replaceAll("[^A-Za-z0-9_]", ""));
      }
      VerifiedIdentity identity =
          signIn.finish(ctx.queryParam("state"), ctx.queryParam("code"), cookies.binding(ctx));
      var outcome =
          core.accounts()
              .signInWithVerifiedEmail()
              .signIn(
                  new SignInWithVerifiedEmail.Command(
                      new ProviderAccount(issuer, identity.subject()),
                      identity.email(),
                      identity.givenName(),
                      identity.familyName()));
      LOG.info(
          "Google sign-in of account {} ({}).",
          outcome.user().id(),
          outcome.created() ? "opened now" : "found");
      cookies.setSession(
          ctx,
          outcome.session().key(),
          Duration.between(clock.instant(), outcome.session().expiresAt()));
      ctx.status(303).header("Location", "/");
    } catch (SignInRefused refused) {
      refuse(ctx, refused);
    } catch (Forbidden forbidden) {
      Pages.signInFailed(ctx, 403, forbidden.getMessage());
    } catch (InvalidInput invalid) {
      Pages.signInFailed(ctx, 400, "The email address of this Google account cannot be used here.");
    }
  }

  private static void refuse(Context ctx, SignInRefused refused) {
    LOG.warn("Google sign-in refused ({}): {}", refused.status(), refused.reason());
    Pages.signInFailed(ctx, refused.status(), refused.getMessage());
  }
}

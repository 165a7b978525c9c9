package dev.motorhub.adapters.http.browser;

import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.shared.Unauthenticated;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The home page at {@code /} (who is signed in, how to get an API token, sign out; or "Sign in with
 * Google" when sign-in is configured) and {@code POST /auth/logout}, which ends the browser's
 * session and its cookie.
 */
public final class HomeRoutes implements Routes {
  private final Motorhub core;
  private final BrowserCookies cookies;
  private final Optional<String> signInPath;

  /** {@code signInPath}: where "Sign in with Google" leads, when sign-in is configured. */
  public HomeRoutes(Motorhub core, BrowserCookies cookies, Optional<String> signInPath) {
    this.core = core;
    this.cookies = cookies;
    this.signInPath = signInPath;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/", this::home);
    routes.post("/auth/logout", this::logOut);
  }

  private void home(Context ctx) {
    Optional<String> name = cookies.session(ctx).flatMap(this::signedIn);
    String body;
    if (name.isPresent()) {
      body =
          "<p>You are signed in as <strong>"
              + Pages.escape(name.get())
              + "</strong>.</p>\n"
              + "<p><a href=\"/api/token/\">Get an API token</a> for your scripts and other"
              + " clients (send it as <code>Authorization: Token …</code>).</p>\n"
              + "<form method=\"post\" action=\"/auth/logout\">"
              + "<button type=\"submit\">Sign out</button></form>";
    } else {
      body =
          signInPath
              .map(
                  path -> "<p><a href=\"" + Pages.escape(path) + "\">Sign in with Google</a></p>\n")
              .orElse("<p>Sign-in through the browser is not offered on this server.</p>\n");
    }
    Pages.write(ctx, 200, "Motorhub", body + "\n<p><a href=\"/docs\">API documentation</a></p>");
  }

  private Optional<String> signedIn(String sessionKey) {
    try {
      Principal principal = core.identity().authenticateBrowser().authenticate(sessionKey);
      return Optional.of(
          core.accounts()
              .viewAccounts()
              .get(principal, principal.actor().id())
              .user()
              .username()
              .value());
    } catch (Unauthenticated ended) {
      return Optional.empty();
    }
  }

  private void logOut(Context ctx) {
    cookies.session(ctx).ifPresent(key -> core.identity().endBrowserSession().end(key));
    cookies.clearSession(ctx);
    ctx.status(303).header("Location", "/");
  }
}

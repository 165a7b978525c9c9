package dev.motorhub.adapters.http.seed.orders;

import dev.motorhub.adapters.http.browser.BrowserCookies;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.domain.shared.Unauthenticated;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The Customer-Order seed's (004) {@code GET /api/token/}: a browser signed in with Google gets
 * {@code {"token": …}}, an access token of its session for every other call. Without a session it
 * is DRF's 401. ({@code POST} on the same path is My Cars' username and password login.)
 */
public final class BrowserTokenRoutes implements Routes {
  private final Motorhub core;
  private final BrowserCookies cookies;

  public BrowserTokenRoutes(Motorhub core, BrowserCookies cookies) {
    this.core = core;
    this.cookies = cookies;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/token/", this::token);
  }

  private void token(Context ctx) {
    String session =
        cookies
            .session(ctx)
            .orElseThrow(
                () -> new Unauthenticated("Authentication credentials were not provided."));
    var token = core.identity().obtainBrowserToken().obtain(session);
    ctx.json(Map.of("token", token.token().value()));
  }
}

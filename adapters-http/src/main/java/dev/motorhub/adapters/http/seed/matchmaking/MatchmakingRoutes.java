package dev.motorhub.adapters.http.seed.matchmaking;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * The matchmaking seed's (002) User app under {@code /users/}: sign-up, login, logout, one's own
 * details, deactivation and password reset.
 */
public final class MatchmakingRoutes implements Routes {
  private final List<Routes> parts;

  public MatchmakingRoutes(Motorhub core, Authenticator auth) {
    this.parts =
        List.of(new MatchmakingAuthRoutes(core, auth), new MatchmakingProfileRoutes(core, auth));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    parts.forEach(part -> part.addTo(routes));
  }
}

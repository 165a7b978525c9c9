package dev.motorhub.adapters.http.seed.mycars;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * The My Cars seed's (003) routes: JWT pairs, password change, logout, {@code /api/me/}, {@code
 * /api/admin/users/}, and the cars of {@code /api/cars/} and {@code /api/admin/users/{id}/cars/}.
 * Its {@code /api/register/} is the Lease API's, served once by {@code seed.lease}.
 */
public final class MyCarsRoutes implements Routes {
  private final List<Routes> parts;

  public MyCarsRoutes(Motorhub core, Authenticator auth) {
    this.parts =
        List.of(
            new MyCarsAuthRoutes(core, auth),
            new MyCarsAdminRoutes(core, auth),
            new MyCarsCarRoutes(core, auth),
            new MyCarsAdminCarRoutes(core, auth));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    parts.forEach(part -> part.addTo(routes));
  }
}

package dev.motorhub.adapters.http.seed.lease;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.List;

/**
 * The Lease API seed's (000) routes: registration and login, users and customers. {@code POST
 * /api/register/} is shared with the My Cars seed (003) and lives here, once.
 */
public final class LeaseRoutes implements Routes {
  private final List<Routes> parts;

  public LeaseRoutes(Motorhub core, Authenticator auth, Clock clock) {
    this.parts =
        List.of(
            new LeaseAuthRoutes(core),
            new LeaseUserRoutes(core, auth),
            new LeaseCustomerRoutes(core, auth, clock));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    parts.forEach(part -> part.addTo(routes));
  }
}

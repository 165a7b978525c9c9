package dev.motorhub.adapters.http.seed.lease;

import dev.motorhub.adapters.http.seed.PhoneField;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.adapters.http.web.SeedDialect;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.List;

/**
 * The Lease API seed's (000) routes: registration and login, users and customers. {@code POST
 * /api/register/} is shared with the My Cars seed (003) and lives here, once.
 */
public final class LeaseRoutes implements Routes {
  /**
   * The Lease API's errors: DRF's (a duplicate is a 400 on its field), and a phone sent as My Cars'
   * {@code phone} on the shared register route refused under that name.
   */
  static final SeedDialect DIALECT = SeedDialect.DRF.with(PhoneField.AS_SENT);

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
    DIALECT.attachOn(
        routes,
        "/api/register",
        "/api/login",
        "/api/user",
        "/api/password_update/",
        "/api/customer");
    parts.forEach(part -> part.addTo(routes));
  }
}

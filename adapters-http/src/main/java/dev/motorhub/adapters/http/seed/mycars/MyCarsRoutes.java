package dev.motorhub.adapters.http.seed.mycars;

import dev.motorhub.adapters.http.seed.PhoneField;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.ErrorRule;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.adapters.http.web.SeedDialect;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;

/**
 * The My Cars seed's (003) routes: JWT pairs, password change, logout, {@code /api/me/}, {@code
 * /api/admin/users/}, and the cars of {@code /api/cars/} and {@code /api/admin/users/{id}/cars/}.
 * Its {@code /api/register/} is the Lease API's, served once by {@code seed.lease}.
 */
public final class MyCarsRoutes implements Routes {
  /**
   * My Cars' errors: DRF's (a plate already registered is a 400 on it), under the seed's names for
   * the car's fields ({@code license}, {@code owner}) and for a phone sent as {@code phone}.
   */
  static final SeedDialect DIALECT =
      SeedDialect.DRF
          .with(ErrorRule.renaming(Map.of("license_plate", "license", "owner_id", "owner")))
          .with(PhoneField.AS_SENT);

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
    DIALECT.attachOn(
        routes,
        "/api/token",
        "/api/change-password",
        "/api/logout",
        "/api/me",
        "/api/admin/",
        "/api/cars");
    parts.forEach(part -> part.addTo(routes));
  }
}

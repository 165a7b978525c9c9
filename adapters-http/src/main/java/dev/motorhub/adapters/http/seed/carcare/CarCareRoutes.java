package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * The CarCarePro seed's (001) user routes under {@code /api/v1/user/}: registration of customers
 * and mechanics, login, one's own account and the customer records.
 */
public final class CarCareRoutes implements Routes {
  private final List<Routes> parts;

  public CarCareRoutes(Motorhub core, Authenticator auth) {
    this.parts = List.of(new CarCareAuthRoutes(core), new CarCareAccountRoutes(core, auth));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    parts.forEach(part -> part.addTo(routes));
  }
}

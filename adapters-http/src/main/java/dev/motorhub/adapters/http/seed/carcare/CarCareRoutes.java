package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.ErrorRule;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.adapters.http.web.SeedDialect;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;

/**
 * The CarCarePro seed's (001) user routes under {@code /api/v1/user/}: registration of customers
 * and mechanics, login, one's own account and the customer records.
 */
public final class CarCareRoutes implements Routes {
  /**
   * CarCarePro's errors: DRF's (a username, email or phone taken is a 400 on it), the role named
   * {@code user_type}, and every 400 saying {@code "error_message": "Invalid Input"} beside why.
   */
  static final SeedDialect DIALECT =
      SeedDialect.DRF
          .with(ErrorRule.renaming(Map.of("role", "user_type")))
          .withBadRequestMessage("Invalid Input");

  /** Its login's: credentials that do not match are invalid input too (400), as the seed has it. */
  static final SeedDialect LOGIN = DIALECT.with(ErrorRule.asBadRequest("unauthenticated"));

  private final List<Routes> parts;

  public CarCareRoutes(Motorhub core, Authenticator auth) {
    this.parts = List.of(new CarCareAuthRoutes(core), new CarCareAccountRoutes(core, auth));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    DIALECT.attachOn(routes, "/api/v1/user");
    LOGIN.attachOn(routes, "/api/v1/user/login");
    parts.forEach(part -> part.addTo(routes));
  }
}

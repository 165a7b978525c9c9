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
 * The CarCarePro seed's (001) routes under {@code /api/v1/}: registration of customers and
 * mechanics, login, one's own account and the customer records; and the workshop: service requests,
 * their costs, invoices and feedback, mechanics, their attendance and work status.
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

  /**
   * Its workshop's: a cost line's description and price are its {@code service_description} and
   * {@code cost}.
   */
  static final SeedDialect COSTS =
      DIALECT.with(
          ErrorRule.renaming(Map.of("description", "service_description", "unit_price", "cost")));

  /** Its login's: credentials that do not match are invalid input too (400), as the seed has it. */
  static final SeedDialect LOGIN = DIALECT.with(ErrorRule.asBadRequest("unauthenticated"));

  private final List<Routes> parts;

  public CarCareRoutes(Motorhub core, Authenticator auth) {
    this.parts =
        List.of(
            new CarCareAuthRoutes(core),
            new CarCareAccountRoutes(core, auth),
            new CarCareRequestRoutes(core.carCare(), auth),
            new CarCareCostRoutes(core.carCare(), auth),
            new CarCareMechanicRoutes(core, auth),
            new CarCareAttendanceRoutes(core.carCare(), auth),
            new CarCareWorkStatusRoutes(core.carCare(), auth),
            new CarCareBillingRoutes(core, auth),
            new CarCareFeedbackRoutes(core, auth));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    DIALECT.attachOn(
        routes,
        "/api/v1/user",
        "/api/v1/customer_feedback",
        "/api/v1/customer_service_requests",
        "/api/v1/invoices",
        "/api/v1/mechanics",
        "/api/v1/mechanic_attendance",
        "/api/v1/mechanic_work_status");
    COSTS.attachOn(routes, "/api/v1/service_cost_details");
    LOGIN.attachOn(routes, "/api/v1/user/login");
    parts.forEach(part -> part.addTo(routes));
  }
}

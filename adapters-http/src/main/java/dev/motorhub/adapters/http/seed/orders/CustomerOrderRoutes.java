package dev.motorhub.adapters.http.seed.orders;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.ErrorRule;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.adapters.http.web.SeedDialect;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;

/**
 * The Customer-Order seed's (004) routes under {@code /api/}: its customers (a name and a phone, no
 * account needed) and their orders, each order texting its customer when placed. Its {@code GET
 * /api/token/} (Google sign-in) is served by the sign-in's routes, not here.
 */
public final class CustomerOrderRoutes implements Routes {
  /** What DRF's {@code get_object_or_404} and its page-number paginator answer. */
  static final String NOT_FOUND = "Not found.";

  static final String INVALID_PAGE = "Invalid page.";

  /**
   * The seed's errors: DRF's (a phone already taken is a 400 on {@code phone_number}), a record not
   * found or a page out of range in DRF's words, and a customer filter under the seed's name.
   */
  static final SeedDialect DIALECT =
      SeedDialect.DRF
          .with(ErrorRule.renaming(Map.of("customer", "customer_id")))
          .with(
              (error, ctx) ->
                  error.code().equals("not_found")
                      ? error.withDetail(
                          error.detail().equals(NumberedPages.PAGE_NOT_FOUND)
                              ? INVALID_PAGE
                              : NOT_FOUND)
                      : error);

  private final List<Routes> parts;

  public CustomerOrderRoutes(Motorhub core, Authenticator auth) {
    this.parts =
        List.of(
            new CustomerOrderCustomers(core, auth), new CustomerOrderOrders(core.orders(), auth));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    DIALECT.attachOn(
        routes,
        "/api/get-customers",
        "/api/view-customer",
        "/api/add-customer",
        "/api/update-customer",
        "/api/delete-customer",
        "/api/get-orders",
        "/api/view-order",
        "/api/add-order",
        "/api/update-order");
    parts.forEach(part -> part.addTo(routes));
  }
}

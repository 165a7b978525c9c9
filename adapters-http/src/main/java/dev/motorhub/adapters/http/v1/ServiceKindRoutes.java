package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.carcare.AddServiceKind;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /v1/service-kinds}: everyone signed in reads the workshop's catalogue, or one kind by its
 * code; staff extend it.
 */
public final class ServiceKindRoutes implements Routes {
  private final CarCare carCare;
  private final Authenticator auth;

  public ServiceKindRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/service-kinds", this::list);
    routes.post("/v1/service-kinds", this::add);
    routes.get("/v1/service-kinds/{code}", this::get);
  }

  /** One kind by its code, in any case; a value that is no code names nothing (404). */
  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceKindCode code;
    try {
      code = new ServiceKindCode(ctx.pathParam("code"));
    } catch (InvalidInput malformed) {
      throw new NotFound("Service kind");
    }
    ctx.json(CarCareViews.kind(carCare.viewServiceKinds().get(principal, code)));
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        Views.page(
            carCare.viewServiceKinds().list(principal, Queries.page(ctx)), CarCareViews::kind));
  }

  private void add(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("code", "name"));
    Violations violations = new Violations();
    ServiceKindCode code =
        violations.capture(() -> ServiceKindCode.parse(body.text("code"), "code"));
    String name = violations.capture(() -> body.text("name"));
    violations.throwIfAny();
    ServiceKind kind =
        carCare.addServiceKind().add(new AddServiceKind.Command(principal, code, name));
    ctx.status(201).json(CarCareViews.kind(kind));
  }
}

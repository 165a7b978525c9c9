package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.CreateService;
import dev.motorhub.application.marketplace.RemoveService;
import dev.motorhub.application.marketplace.ServiceTerms;
import dev.motorhub.application.marketplace.UpdateService;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /v1/services}: everyone signed in reads the active services; staff manage them. */
public final class ServiceRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  public ServiceRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/services", this::list);
    routes.post("/v1/services", this::create);
    routes.get("/v1/services/{id}", this::get);
    routes.patch("/v1/services/{id}", this::update);
    routes.delete("/v1/services/{id}", this::remove);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    PageRequest page = Queries.page(ctx);
    ctx.json(
        Views.page(core.marketplace().viewServices().list(principal, page), MarketViews::service));
  }

  private void create(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceOffering service =
        core.marketplace()
            .createService()
            .create(new CreateService.Command(principal, terms(Body.of(ctx))));
    ctx.status(201)
        .header("Location", "/v1/services/" + service.id())
        .json(MarketViews.service(service));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(MarketViews.service(core.marketplace().viewServices().get(principal, id(ctx))));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceOffering service =
        core.marketplace()
            .updateService()
            .update(new UpdateService.Command(principal, id(ctx), terms(Body.of(ctx))));
    ctx.json(MarketViews.service(service));
  }

  private void remove(Context ctx) {
    Principal principal = auth.require(ctx);
    core.marketplace().removeService().remove(new RemoveService.Command(principal, id(ctx)));
    ctx.status(204);
  }

  /** The terms in a body, naming every field of the wrong type at once. */
  private static ServiceTerms terms(Body body) {
    Violations violations = new Violations();
    String kind = violations.capture(() -> body.text("kind"));
    String name = violations.capture(() -> body.text("name"));
    String fee = violations.capture(() -> body.amount("fee"));
    String description = violations.capture(() -> body.text("description"));
    Boolean active = violations.capture(() -> body.bool("active"));
    violations.throwIfAny();
    return new ServiceTerms(kind, name, fee, description, active);
  }

  private static ServiceId id(Context ctx) {
    return new ServiceId(PathIds.uuid(ctx.pathParam("id"), "Service"));
  }
}

package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.carcare.AddCostLine;
import dev.motorhub.application.carcare.ChangeCostLine;
import dev.motorhub.application.carcare.RemoveCostLine;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /api/v1/service_cost_details}: a request's costs, one line each (quantity 1, its {@code
 * cost} the price), added, put anew or deleted by its mechanic or staff while the work is in
 * progress; listed by {@code ?service_request_id=}.
 */
final class CarCareCostRoutes implements Routes {
  private static final String PATH = "/api/v1/service_cost_details";
  private final CarCare carCare;
  private final Authenticator auth;

  CarCareCostRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, this::list);
    routes.post(PATH, this::add);
    routes.get(PATH + "/{id}", this::get);
    routes.put(PATH + "/{id}", this::change);
    routes.delete(PATH + "/{id}", this::remove);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceRequestId request =
        Queries.optional(ctx, "service_request_id")
            .map(id -> new ServiceRequestId(FieldValues.uuid(id, "service_request_id")))
            .orElseThrow(() -> InvalidInput.of("service_request_id", "This field is required."));
    ctx.json(
        AllPages.of(page -> carCare.viewServiceRequests().costLines(principal, request, page))
            .stream()
            .map(CarCareWorkViews::cost)
            .toList());
  }

  private void add(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    Violations violations = new Violations();
    String request = violations.capture(() -> body.text("service_request_id"));
    String description = violations.capture(() -> body.text("service_description"));
    String cost = violations.capture(() -> body.amount("cost"));
    violations.require(request, "service_request_id").throwIfAny();
    var id = new ServiceRequestId(FieldValues.uuid(request, "service_request_id"));
    var line =
        carCare.addCostLine().add(new AddCostLine.Command(principal, id, description, 1, cost));
    ctx.status(201).json(CarCareWorkViews.cost(line));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(CarCareWorkViews.cost(carCare.viewServiceRequests().costLine(principal, id(ctx))));
  }

  /** A PUT writes the line anew: its {@code service_description} and {@code cost}. */
  private void change(Context ctx) {
    Principal principal = auth.require(ctx);
    CostLineId id = id(ctx);
    Body body = Body.of(ctx);
    Violations violations = new Violations();
    String description = violations.capture(() -> body.text("service_description"));
    String cost = violations.capture(() -> body.amount("cost"));
    violations.require(description, "service_description").require(cost, "cost").throwIfAny();
    var line =
        carCare
            .changeCostLine()
            .change(new ChangeCostLine.Command(principal, id, description, 1, cost));
    ctx.json(CarCareWorkViews.cost(line));
  }

  private void remove(Context ctx) {
    Principal principal = auth.require(ctx);
    carCare.removeCostLine().remove(new RemoveCostLine.Command(principal, id(ctx)));
    ctx.status(204);
  }

  private static CostLineId id(Context ctx) {
    return new CostLineId(PathIds.uuid(ctx.pathParam("id"), "Cost line"));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.carcare.AddCostLine;
import dev.motorhub.application.carcare.GiveFeedback;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * A service request's cost lines ({@code /v1/service-requests/{id}/cost-lines}), which its mechanic
 * or staff add while the work is in progress, and its customer's feedback once it is completed.
 */
public final class ServiceRequestWorkRoutes implements Routes {
  private final CarCare carCare;
  private final Authenticator auth;

  public ServiceRequestWorkRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/service-requests/{id}/cost-lines", this::costLines);
    routes.post("/v1/service-requests/{id}/cost-lines", this::addCostLine);
    routes.post("/v1/service-requests/{id}/feedback", this::giveFeedback);
  }

  private void costLines(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        Views.page(
            carCare
                .viewServiceRequests()
                .costLines(principal, ServiceRequestRoutes.id(ctx), Queries.page(ctx)),
            CarCareViews::costLine));
  }

  private void addCostLine(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceRequestId id = ServiceRequestRoutes.id(ctx);
    CostLine line =
        carCare
            .addCostLine()
            .add(costLine(principal, id, Body.of(ctx), "description", "unit_price"));
    ctx.status(201)
        .header("Location", "/v1/service-requests/" + id + "/cost-lines")
        .json(CarCareViews.costLine(line));
  }

  /**
   * A cost line from a body that names its description and unit price as {@code description} and
   * {@code price}; its quantity is 1 unless said.
   */
  static AddCostLine.Command costLine(
      Principal principal, ServiceRequestId id, Body body, String description, String price) {
    Violations violations = new Violations();
    String text = violations.capture(() -> body.text(description));
    Integer quantity = violations.capture(() -> body.integer("quantity"));
    String unitPrice = violations.capture(() -> body.amount(price));
    violations.throwIfAny();
    return new AddCostLine.Command(principal, id, text, quantity == null ? 1 : quantity, unitPrice);
  }

  private void giveFeedback(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceRequestId id = ServiceRequestRoutes.id(ctx);
    Feedback feedback = carCare.giveFeedback().give(feedback(principal, id, Body.of(ctx)));
    ctx.status(201)
        .header("Location", "/v1/service-requests/" + id)
        .json(CarCareViews.feedback(feedback));
  }

  /** Feedback from a body: a rating and, optionally, its text. */
  static GiveFeedback.Command feedback(Principal principal, ServiceRequestId id, Body body) {
    Violations violations = new Violations();
    Rating rating = violations.capture(() -> FieldValues.rating(body.integer("rating")));
    String text = violations.capture(() -> body.text("feedback_text"));
    violations.throwIfAny();
    return new GiveFeedback.Command(principal, id, rating, text);
  }
}

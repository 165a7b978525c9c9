package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.carcare.GiveFeedback;
import dev.motorhub.application.carcare.RemoveFeedback;
import dev.motorhub.application.carcare.ReviseFeedback;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /api/v1/customer_feedback}: a customer rates a completed request of theirs, named by
 * {@code service_request_id}, once; they change it by PUT; they, or staff, DELETE it.
 */
final class CarCareFeedbackRoutes implements Routes {
  private static final String FEEDBACK = "/api/v1/customer_feedback";
  private final Motorhub core;
  private final Authenticator auth;

  CarCareFeedbackRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(FEEDBACK, this::feedbackList);
    routes.post(FEEDBACK, this::giveFeedback);
    routes.get(FEEDBACK + "/{id}", this::feedback);
    routes.put(FEEDBACK + "/{id}", this::reviseFeedback);
    routes.delete(FEEDBACK + "/{id}", this::removeFeedback);
  }

  private void feedbackList(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        AllPages.of(page -> core.carCare().viewFeedback().list(principal, page)).stream()
            .map(CarCareWorkViews::feedback)
            .toList());
  }

  private void feedback(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        CarCareWorkViews.feedback(core.carCare().viewFeedback().get(principal, feedbackId(ctx))));
  }

  private void giveFeedback(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("service_request_id"));
    Violations violations = new Violations();
    var request =
        violations.capture(
            () ->
                new ServiceRequestId(
                    FieldValues.uuid(body.text("service_request_id"), "service_request_id")));
    Rating rating = violations.capture(() -> FieldValues.rating(body.integer("rating")));
    String text = violations.capture(() -> body.text("feedback_text"));
    violations.throwIfAny();
    var given =
        core.carCare()
            .giveFeedback()
            .give(new GiveFeedback.Command(principal, request, rating, text));
    ctx.status(201).json(CarCareWorkViews.feedback(given));
  }

  /** Its customer replaces the rating and text, as a PUT does: an absent text is none. */
  private void reviseFeedback(Context ctx) {
    Principal principal = auth.require(ctx);
    var id = feedbackId(ctx);
    Body body = Body.of(ctx);
    Violations violations = new Violations();
    Rating rating = violations.capture(() -> FieldValues.rating(body.integer("rating")));
    String text = violations.capture(() -> body.text("feedback_text"));
    violations.throwIfAny();
    var revised =
        core.carCare()
            .reviseFeedback()
            .revise(new ReviseFeedback.Command(principal, id, rating, text));
    ctx.json(CarCareWorkViews.feedback(revised));
  }

  /** Its customer withdraws it, or staff remove it: 204. */
  private void removeFeedback(Context ctx) {
    Principal principal = auth.require(ctx);
    core.carCare().removeFeedback().remove(new RemoveFeedback.Command(principal, feedbackId(ctx)));
    ctx.status(204);
  }

  private static FeedbackId feedbackId(Context ctx) {
    return new FeedbackId(PathIds.uuid(ctx.pathParam("id"), "Feedback"));
  }
}

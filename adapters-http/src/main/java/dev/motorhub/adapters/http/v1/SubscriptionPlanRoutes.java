package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.CreateSubscriptionPlan;
import dev.motorhub.application.identity.DeleteSubscriptionPlan;
import dev.motorhub.application.identity.PlanTerms;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UpdateSubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /v1/subscription-plans}: everyone signed in reads them; staff manage them. */
public final class SubscriptionPlanRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  public SubscriptionPlanRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/subscription-plans", this::list);
    routes.post("/v1/subscription-plans", this::create);
    routes.get("/v1/subscription-plans/{id}", this::get);
    routes.patch("/v1/subscription-plans/{id}", this::update);
    routes.delete("/v1/subscription-plans/{id}", this::delete);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    PageRequest page = Queries.page(ctx);
    ctx.json(
        Views.page(core.identity().listSubscriptionPlans().list(principal, page), Views::plan));
  }

  private void create(Context ctx) {
    Principal principal = auth.require(ctx);
    SubscriptionPlan plan =
        core.identity()
            .createSubscriptionPlan()
            .create(new CreateSubscriptionPlan.Command(principal, terms(Body.of(ctx))));
    ctx.status(201)
        .header("Location", "/v1/subscription-plans/" + plan.id())
        .json(Views.plan(plan));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(Views.plan(core.identity().listSubscriptionPlans().get(principal, id(ctx))));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    SubscriptionPlan plan =
        core.identity()
            .updateSubscriptionPlan()
            .update(new UpdateSubscriptionPlan.Command(principal, id(ctx), terms(Body.of(ctx))));
    ctx.json(Views.plan(plan));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    core.identity()
        .deleteSubscriptionPlan()
        .delete(new DeleteSubscriptionPlan.Command(principal, id(ctx)));
    ctx.status(204);
  }

  /** The terms in a body, naming every field of the wrong type at once. */
  private static PlanTerms terms(Body body) {
    Violations violations = new Violations();
    String name = violations.capture(() -> body.text("name"));
    String price = violations.capture(() -> body.amount("price"));
    Integer days = violations.capture(() -> body.integer("duration_days"));
    Boolean active = violations.capture(() -> body.bool("active"));
    Optional<Integer> interests = violations.capture(() -> limit(body, "interests_per_month"));
    Optional<Integer> preferences = violations.capture(() -> limit(body, "saved_preferences"));
    violations.throwIfAny();
    return new PlanTerms(name, price, days, active, interests, preferences);
  }

  /** A limit as sent: null when left out, empty when sent as null (unlimited). */
  private static Optional<Integer> limit(Body body, String field) {
    return body.sent(field) ? Optional.ofNullable(body.integer(field)) : null;
  }

  private static SubscriptionPlanId id(Context ctx) {
    return new SubscriptionPlanId(PathIds.uuid(ctx.pathParam("id"), "Subscription plan"));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Interests;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.AnswerInterest;
import dev.motorhub.application.matching.SendInterest;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /v1/trades/{id}/interests} and {@code /v1/interests}: a buyer's interest in an open
 * trade, the seller's answer, and the caller's interests (its two parties and staff read one).
 */
public final class InterestRoutes implements Routes {
  private final Interests interests;
  private final Authenticator auth;

  public InterestRoutes(Interests interests, Authenticator auth) {
    this.interests = interests;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/v1/trades/{id}/interests", this::send);
    routes.get("/v1/interests", this::list);
    routes.get("/v1/interests/{id}", this::get);
    routes.post("/v1/interests/{id}/accept", this::accept);
    routes.post("/v1/interests/{id}/decline", this::decline);
  }

  private void send(Context ctx) {
    Principal principal = auth.require(ctx);
    TradeId trade = new TradeId(PathIds.uuid(ctx.pathParam("id"), "Trade"));
    String message = Body.of(ctx).text("message");
    Interest sent =
        interests.sendInterest().send(new SendInterest.Command(principal, trade, message));
    ctx.status(201)
        .header("Location", "/v1/interests/" + sent.id())
        .json(InterestViews.interest(sent));
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        Views.page(
            interests
                .viewInterests()
                .list(
                    principal,
                    Queries.optional(ctx, "direction"),
                    Queries.optional(ctx, "status"),
                    Queries.page(ctx)),
            InterestViews::interest));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(InterestViews.interest(interests.viewInterests().get(principal, id(ctx))));
  }

  private void accept(Context ctx) {
    Principal principal = auth.require(ctx);
    AnswerInterest.Accepted accepted =
        interests.answerInterest().accept(new AnswerInterest.Command(principal, id(ctx)));
    ctx.json(
        new InterestViews.AcceptedView(
            InterestViews.interest(accepted.interest()),
            InterestViews.conversation(accepted.conversation(), 0)));
  }

  private void decline(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        InterestViews.interest(
            interests.answerInterest().decline(new AnswerInterest.Command(principal, id(ctx)))));
  }

  private static InterestId id(Context ctx) {
    return new InterestId(PathIds.uuid(ctx.pathParam("id"), "Interest"));
  }
}

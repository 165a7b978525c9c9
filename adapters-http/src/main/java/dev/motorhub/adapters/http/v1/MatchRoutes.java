package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Matching;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.FindMatches;
import dev.motorhub.application.matching.Match;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /v1/matches}: a customer's matches, best first, each with why it fits and whether the
 * customer meets what the trade's owner asks of buyers.
 */
public final class MatchRoutes implements Routes {
  private final Matching matching;
  private final Authenticator auth;

  public MatchRoutes(Matching matching, Authenticator auth) {
    this.matching = matching;
    this.auth = auth;
  }

  record MatchedPreference(String id, String name) {}

  /**
   * The vehicle of a match: its colour as recorded (empty when none); its location, body type, fuel
   * and transmission null if not recorded.
   */
  record MatchedVehicle(
      String id,
      String brand,
      String model,
      int year,
      long mileage,
      String color,
      String location,
      String bodyType,
      String fuel,
      String transmission) {}

  record ExplanationView(String criterion, String outcome, String text) {}

  record MatchView(
      String tradeId,
      int score,
      MatchedPreference preference,
      String kind,
      MatchedVehicle vehicle,
      String price,
      String monthlyInstalment,
      List<ExplanationView> explanations,
      boolean mutualEligible,
      List<RequirementView> buyerRequirements) {}

  /** One requirement the trade's owner asks of buyers, whether the caller meets it, and why. */
  record RequirementView(String requirement, boolean met, String text) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/matches", this::list);
  }

  static MatchView view(Match match) {
    MatchSubject subject = match.subject();
    VehicleDetails details = subject.vehicle().details();
    return new MatchView(
        subject.trade().id().toString(),
        match.score(),
        new MatchedPreference(match.preference().id().toString(), match.preference().name()),
        subject.kind().value(),
        new MatchedVehicle(
            subject.vehicle().id().toString(),
            details.brand(),
            details.model(),
            details.year(),
            details.mileage(),
            details.color(),
            subject.location().map(CatalogueCode::value).orElse(null),
            subject.bodyType().map(CatalogueCode::value).orElse(null),
            subject.fuel().map(CatalogueCode::value).orElse(null),
            subject.transmission().map(CatalogueCode::value).orElse(null)),
        subject.price().map(Money::plain).orElse(null),
        subject
            .monthlyInstalment()
            .filter(m -> subject.kind().isLease())
            .map(Money::plain)
            .orElse(null),
        match.explanations().stream()
            .map(e -> new ExplanationView(e.criterion().wire(), e.outcome().wire(), e.text()))
            .toList(),
        match.mutualEligible(),
        match.buyerRequirements().stream()
            .map(c -> new RequirementView(c.requirement().wire(), c.met(), c.text()))
            .toList());
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    FindMatches.Query query =
        new FindMatches.Query(
            ctx.queryParam("min_score"),
            ctx.queryParam("mutual"),
            ctx.queryParam("limit"),
            ctx.queryParam("cursor"));
    ctx.json(Views.page(matching.findMatches().find(principal, query), MatchRoutes::view));
  }
}

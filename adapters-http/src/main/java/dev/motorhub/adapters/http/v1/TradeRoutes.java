package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.CancelTrade;
import dev.motorhub.application.marketplace.HandOverVehicle;
import dev.motorhub.application.marketplace.OpenTrade;
import dev.motorhub.application.marketplace.SetBuyerRequirements;
import dev.motorhub.application.marketplace.TradeFilter;
import dev.motorhub.application.marketplace.TradeListing;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.BuyerRequirement;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/trades}: customers put their vehicles on the marketplace and take them off; everyone
 * signed in browses the open trades; a seller, or staff, record that a sold vehicle was handed
 * over, and set what an open trade asks of buyers.
 */
public final class TradeRoutes implements Routes {
  private static final List<String> STATUSES = List.of("open", "closed", "cancelled");
  private final Motorhub core;
  private final Authenticator auth;

  public TradeRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/trades", this::list);
    routes.post("/v1/trades", this::open);
    routes.get("/v1/trades/{id}", this::get);
    routes.delete("/v1/trades/{id}", this::cancel);
    routes.post("/v1/trades/{id}/handover", this::handOver);
    routes.get("/v1/trades/{id}/buyer-requirements", this::buyerRequirements);
    routes.put("/v1/trades/{id}/buyer-requirements", this::setBuyerRequirements);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    PageRequest page = Queries.page(ctx);
    ctx.json(
        Views.page(
            core.marketplace().viewTrades().search(principal, filter(ctx), page),
            MarketViews::trade));
  }

  private void open(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("vehicle_id", "service_id"));
    Violations violations = new Violations();
    VehicleId vehicle =
        violations.capture(() -> VehicleId.parse(body.text("vehicle_id"), "vehicle_id"));
    ServiceId service =
        violations.capture(() -> ServiceId.parse(body.text("service_id"), "service_id"));
    violations.throwIfAny();
    TradeListing trade =
        core.marketplace().openTrade().open(new OpenTrade.Command(principal, vehicle, service));
    ctx.status(201)
        .header("Location", "/v1/trades/" + trade.trade().id())
        .json(MarketViews.trade(trade));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(MarketViews.trade(core.marketplace().viewTrades().get(principal, id(ctx))));
  }

  /** Cancels the trade; it stays on record as cancelled, so the answer shows it. */
  private void cancel(Context ctx) {
    Principal principal = auth.require(ctx);
    TradeId id = id(ctx);
    core.marketplace().cancelTrade().cancel(new CancelTrade.Command(principal, id));
    ctx.json(MarketViews.trade(core.marketplace().viewTrades().get(principal, id)));
  }

  /** The seller, or staff, record that the buyer has the vehicle; the answer shows the trade. */
  private void handOver(Context ctx) {
    Principal principal = auth.require(ctx);
    TradeId id = id(ctx);
    core.marketplace().handOverVehicle().handOver(new HandOverVehicle.Command(principal, id));
    ctx.json(MarketViews.trade(core.marketplace().viewTrades().get(principal, id)));
  }

  /** What the trade asks of buyers: for everyone who may see the trade. */
  private void buyerRequirements(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        MarketViews.buyerRequirements(
            core.marketplace().viewBuyerRequirements().get(principal, id(ctx))));
  }

  /** The owner, or staff, replace what an open trade asks of buyers; a field left out is false. */
  private void setBuyerRequirements(Context ctx) {
    Principal principal = auth.require(ctx);
    TradeId id = id(ctx);
    BuyerRequirements asked = buyerRequirements(Body.of(ctx));
    ctx.json(
        MarketViews.buyerRequirements(
            core.marketplace()
                .setBuyerRequirements()
                .set(new SetBuyerRequirements.Command(principal, id, asked))));
  }

  private static BuyerRequirements buyerRequirements(Body body) {
    Violations violations = new Violations();
    body.names().stream()
        .filter(name -> BuyerRequirement.fromWire(name).isEmpty())
        .sorted()
        .forEach(
            name ->
                violations.add(
                    name,
                    "Not a requirement a seller may ask; choose from "
                        + String.join(", ", BuyerRequirement.wireNames())
                        + "."));
    Set<BuyerRequirement> asked = EnumSet.noneOf(BuyerRequirement.class);
    for (BuyerRequirement requirement : BuyerRequirement.values()) {
      Boolean value = violations.capture(() -> body.strictBool(requirement.wire()));
      if (Boolean.TRUE.equals(value)) {
        asked.add(requirement);
      }
    }
    violations.throwIfAny();
    return BuyerRequirements.of(asked);
  }

  private static TradeFilter filter(Context ctx) {
    Violations violations = new Violations();
    String status = Queries.optional(ctx, "status").orElse("open");
    if (!STATUSES.contains(status)) {
      violations.add("status", "Select a valid choice: open, closed, cancelled.");
    }
    Optional<UserId> owner =
        Queries.optional(ctx, "owner_id")
            .map(o -> violations.capture(() -> UserId.parse(o, "owner_id")));
    Optional<ServiceId> service =
        Queries.optional(ctx, "service_id")
            .map(s -> violations.capture(() -> ServiceId.parse(s, "service_id")));
    Optional<ServiceKind> kind =
        Queries.optional(ctx, "kind").map(k -> violations.capture(() -> new ServiceKind(k)));
    Optional<Integer> from =
        Queries.optional(ctx, "year_from").map(y -> year(violations, "year_from", y));
    Optional<Integer> to =
        Queries.optional(ctx, "year_to").map(y -> year(violations, "year_to", y));
    violations.throwIfAny();
    return new TradeFilter(
        Optional.of(status),
        owner,
        service,
        kind,
        Queries.optional(ctx, "brand"),
        Queries.optional(ctx, "model"),
        from,
        to,
        Optional.empty());
  }

  private static Integer year(Violations violations, String field, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      violations.add(field, "A valid integer is required.");
      return null;
    }
  }

  private static TradeId id(Context ctx) {
    return new TradeId(PathIds.uuid(ctx.pathParam("id"), "Trade"));
  }
}

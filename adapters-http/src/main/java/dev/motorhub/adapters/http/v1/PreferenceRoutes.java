package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Matching;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.PreferenceForm;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.Criterion;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.matching.SearchCriteria;
import dev.motorhub.domain.matching.TradeKind;
import dev.motorhub.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code /v1/preferences}: a customer keeps their saved searches (save, read, change, pause,
 * resume, delete), each told of its new matches in the app and, with {@code notify_sms}, by SMS
 * too; staff read anyone's by id; nobody else sees one.
 */
public final class PreferenceRoutes implements Routes {
  /** The fields of a saved search a request may name. */
  static final List<String> FIELDS =
      List.of(
          "name",
          "trade_kind",
          "brands",
          "models",
          "year_min",
          "year_max",
          "price_max",
          "instalment_max",
          "mileage_max",
          "locations",
          "body_types",
          "fuels",
          "transmissions",
          "colours",
          "required",
          "weights",
          "notify_sms");

  private final Matching matching;
  private final Authenticator auth;

  public PreferenceRoutes(Matching matching, Authenticator auth) {
    this.matching = matching;
    this.auth = auth;
  }

  record PreferenceView(
      String id,
      String ownerId,
      String name,
      String status,
      String tradeKind,
      List<String> brands,
      List<String> models,
      Integer yearMin,
      Integer yearMax,
      String priceMax,
      String instalmentMax,
      Long mileageMax,
      List<String> locations,
      List<String> bodyTypes,
      List<String> fuels,
      List<String> transmissions,
      List<String> colours,
      List<String> required,
      Map<String, Integer> weights,
      boolean notifySms,
      Instant createdAt,
      Instant updatedAt) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/preferences", this::list);
    routes.post("/v1/preferences", this::save);
    routes.get("/v1/preferences/{id}", this::get);
    routes.patch("/v1/preferences/{id}", this::change);
    routes.delete("/v1/preferences/{id}", this::delete);
    routes.post("/v1/preferences/{id}/pause", ctx -> pause(ctx, true));
    routes.post("/v1/preferences/{id}/resume", ctx -> pause(ctx, false));
  }

  static PreferenceView view(Preference preference) {
    SearchCriteria c = preference.criteria();
    Map<String, Integer> weights = new TreeMap<>();
    c.weights().forEach((criterion, weight) -> weights.put(criterion.wire(), weight));
    return new PreferenceView(
        preference.id().toString(),
        preference.owner().toString(),
        preference.name(),
        preference.status(),
        c.tradeKind().map(TradeKind::wire).orElse(null),
        codes(c.brands()),
        c.models().stream().sorted().toList(),
        c.yearMin().orElse(null),
        c.yearMax().orElse(null),
        c.priceMax().map(Money::plain).orElse(null),
        c.instalmentMax().map(Money::plain).orElse(null),
        c.mileageMax().orElse(null),
        codes(c.locations()),
        codes(c.bodyTypes()),
        codes(c.fuels()),
        codes(c.transmissions()),
        codes(c.colours()),
        c.required().stream().map(Criterion::wire).sorted().toList(),
        weights,
        preference.notifySms(),
        preference.createdAt(),
        preference.updatedAt());
  }

  private static List<String> codes(Collection<CatalogueCode> codes) {
    return codes.stream().map(CatalogueCode::value).sorted().toList();
  }

  static PreferenceForm form(Body body) {
    Set<String> given = new HashSet<>();
    FIELDS.stream().filter(body::names).forEach(given::add);
    return new PreferenceForm(
        body.text("name"),
        body.text("trade_kind"),
        body.texts("brands"),
        body.texts("models"),
        body.integerText("year_min"),
        body.integerText("year_max"),
        body.amount("price_max"),
        body.amount("instalment_max"),
        body.integerText("mileage_max"),
        body.texts("locations"),
        body.texts("body_types"),
        body.texts("fuels"),
        body.texts("transmissions"),
        body.texts("colours"),
        body.texts("required"),
        body.integers("weights"),
        body.bool("notify_sms"),
        given);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        Views.page(
            matching.viewPreferences().list(principal, Queries.page(ctx)), PreferenceRoutes::view));
  }

  private void save(Context ctx) {
    Principal principal = auth.require(ctx);
    Preference saved = matching.savePreference().save(principal, form(Body.of(ctx)));
    ctx.status(201).header("Location", "/v1/preferences/" + saved.id()).json(view(saved));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(view(matching.viewPreferences().get(principal, id(ctx))));
  }

  private void change(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(view(matching.changePreference().change(principal, id(ctx), form(Body.of(ctx)))));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    matching.deletePreference().delete(principal, id(ctx));
    ctx.status(204);
  }

  private void pause(Context ctx, boolean paused) {
    Principal principal = auth.require(ctx);
    ctx.json(view(matching.pausePreference().set(principal, id(ctx), paused)));
  }

  private static PreferenceId id(Context ctx) {
    return new PreferenceId(PathIds.uuid(ctx.pathParam("id"), "Preference"));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Matching;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.matching.CatalogueEntryId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /v1/catalogue}: everyone signed in reads the allowed values of the matchable attributes;
 * staff add, rename and remove them.
 */
public final class CatalogueRoutes implements Routes {
  private final Matching matching;
  private final Authenticator auth;

  public CatalogueRoutes(Matching matching, Authenticator auth) {
    this.matching = matching;
    this.auth = auth;
  }

  record CatalogueValueView(String id, String attribute, String code, String name) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/catalogue", this::list);
    routes.post("/v1/catalogue", this::add);
    routes.get("/v1/catalogue/{id}", this::get);
    routes.patch("/v1/catalogue/{id}", this::rename);
    routes.delete("/v1/catalogue/{id}", this::remove);
  }

  static CatalogueValueView view(CatalogueEntry entry) {
    return new CatalogueValueView(
        entry.id().toString(), entry.attribute().wire(), entry.code().value(), entry.name());
  }

  private void list(Context ctx) {
    auth.require(ctx);
    ctx.json(
        Views.page(
            matching.viewCatalogue().list(Queries.optional(ctx, "attribute"), Queries.page(ctx)),
            CatalogueRoutes::view));
  }

  private void add(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    CatalogueEntry added =
        matching
            .addCatalogueValue()
            .add(principal, body.text("attribute"), body.text("code"), body.text("name"));
    ctx.status(201).header("Location", "/v1/catalogue/" + added.id()).json(view(added));
  }

  private void get(Context ctx) {
    auth.require(ctx);
    ctx.json(view(matching.viewCatalogue().get(id(ctx))));
  }

  private void rename(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        view(matching.changeCatalogue().rename(principal, id(ctx), Body.of(ctx).text("name"))));
  }

  private void remove(Context ctx) {
    Principal principal = auth.require(ctx);
    matching.changeCatalogue().remove(principal, id(ctx));
    ctx.status(204);
  }

  private static CatalogueEntryId id(Context ctx) {
    return new CatalogueEntryId(PathIds.uuid(ctx.pathParam("id"), "Catalogue value"));
  }
}

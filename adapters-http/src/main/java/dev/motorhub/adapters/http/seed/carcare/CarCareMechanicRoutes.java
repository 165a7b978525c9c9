package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.MechanicForms;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.carcare.CreateMechanicProfile;
import dev.motorhub.application.carcare.RemoveMechanicProfile;
import dev.motorhub.application.carcare.UpdateMechanicSkills;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.identity.UserId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /api/v1/mechanics}: everyone signed in reads the mechanics; staff set one's {@code
 * specialization} and {@code experience_years}, by its id (PUT) or by its account's ({@code POST}
 * with {@code account_id}), which gives a mechanic's account without a profile its profile; staff
 * DELETE a profile that no service request names.
 */
final class CarCareMechanicRoutes implements Routes {
  private static final String PATH = "/api/v1/mechanics";
  private final Motorhub core;
  private final Authenticator auth;

  CarCareMechanicRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, this::list);
    routes.post(PATH, this::setByAccount);
    routes.get(PATH + "/{id}", this::get);
    routes.put(PATH + "/{id}", this::set);
    routes.delete(PATH + "/{id}", this::remove);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        AllPages.of(page -> core.carCare().viewMechanics().list(principal, page)).stream()
            .map(CarCareWorkViews::mechanic)
            .toList());
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(CarCareWorkViews.mechanic(core.carCare().viewMechanics().get(principal, id(ctx))));
  }

  private void setByAccount(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("account_id"));
    var account = new UserId(FieldValues.uuid(body.text("account_id"), "account_id"));
    var existing = core.accounts().viewAccounts().get(principal, account).mechanic();
    if (existing.isPresent()) {
      ctx.status(201).json(set(principal, existing.get(), body));
      return;
    }
    Mechanic created =
        core.carCare()
            .createMechanicProfile()
            .create(
                new CreateMechanicProfile.Command(
                    principal, account, MechanicForms.skills(body, MechanicForms.NEW_PROFILE)));
    ctx.status(201)
        .json(
            CarCareWorkViews.mechanic(core.carCare().viewMechanics().get(principal, created.id())));
  }

  private void set(Context ctx) {
    Principal principal = auth.require(ctx);
    MechanicId id = id(ctx);
    Mechanic mechanic = core.carCare().viewMechanics().get(principal, id).mechanic();
    ctx.json(set(principal, mechanic, Body.of(ctx)));
  }

  private CarCareWorkViews.MechanicView set(Principal principal, Mechanic mechanic, Body body) {
    core.carCare()
        .updateMechanicSkills()
        .update(
            new UpdateMechanicSkills.Command(
                principal, mechanic.id(), MechanicForms.skills(body, mechanic)));
    return CarCareWorkViews.mechanic(core.carCare().viewMechanics().get(principal, mechanic.id()));
  }

  /** Staff remove a profile no service request names (204); one on record is a 409. */
  private void remove(Context ctx) {
    Principal principal = auth.require(ctx);
    core.carCare()
        .removeMechanicProfile()
        .remove(new RemoveMechanicProfile.Command(principal, id(ctx)));
    ctx.status(204);
  }

  private static MechanicId id(Context ctx) {
    return new MechanicId(PathIds.uuid(ctx.pathParam("id"), "Mechanic"));
  }
}

package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.carcare.CarCareAttendanceRoutes.mechanicField;
import static dev.motorhub.adapters.http.seed.carcare.CarCareAttendanceRoutes.mechanicQuery;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.carcare.SetWorkStatus;
import dev.motorhub.application.carcare.WithdrawWorkStatus;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/mechanic_work_status}: a mechanic (or staff) sets a work status, each POST or PUT
 * a new change kept with its time; staff DELETE the latest one made in error; lists by {@code
 * ?mechanic_id=}.
 */
final class CarCareWorkStatusRoutes implements Routes {
  private static final String STATUS = "/api/v1/mechanic_work_status";
  private final CarCare carCare;
  private final Authenticator auth;

  CarCareWorkStatusRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(STATUS, this::statuses);
    routes.post(STATUS, ctx -> setStatus(ctx, null, 201));
    routes.get(STATUS + "/{id}", this::oneStatus);
    routes.put(STATUS + "/{id}", ctx -> setStatus(ctx, statusChange(ctx).mechanic(), 200));
    routes.delete(STATUS + "/{id}", this::withdrawStatus);
  }

  private void statuses(Context ctx) {
    Principal principal = auth.require(ctx);
    Optional<MechanicId> mechanic = mechanicQuery(ctx);
    ctx.json(
        AllPages.of(page -> carCare.viewWorkStatuses().history(principal, mechanic, page)).stream()
            .map(CarCareWorkViews::workStatus)
            .toList());
  }

  private void oneStatus(Context ctx) {
    ctx.json(CarCareWorkViews.workStatus(statusChange(ctx)));
  }

  private WorkStatusChange statusChange(Context ctx) {
    Principal principal = auth.require(ctx);
    var id = new WorkStatusChangeId(PathIds.uuid(ctx.pathParam("id"), "Work status"));
    return carCare.viewWorkStatuses().get(principal, id);
  }

  private void setStatus(Context ctx, MechanicId existing, int created) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    MechanicId mechanic = existing == null ? mechanicField(body) : existing;
    body.requireAll(List.of("work_status"));
    WorkStatus status = WorkStatus.parse(body.text("work_status"), "work_status");
    var change =
        carCare.setWorkStatus().set(new SetWorkStatus.Command(principal, mechanic, status));
    ctx.status(created).json(CarCareWorkViews.workStatus(change));
  }

  /** Staff withdraw a mechanic's latest change made in error: 204. */
  private void withdrawStatus(Context ctx) {
    Principal principal = auth.require(ctx);
    var id = new WorkStatusChangeId(PathIds.uuid(ctx.pathParam("id"), "Work status"));
    carCare.withdrawWorkStatus().withdraw(new WithdrawWorkStatus.Command(principal, id));
    ctx.status(204);
  }
}

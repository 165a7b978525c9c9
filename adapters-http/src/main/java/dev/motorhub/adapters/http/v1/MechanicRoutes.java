package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.MechanicForms;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.carcare.CreateMechanicProfile;
import dev.motorhub.application.carcare.RecordAttendance;
import dev.motorhub.application.carcare.SetWorkStatus;
import dev.motorhub.application.carcare.UpdateMechanicSkills;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.MechanicSkills;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.identity.UserId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /v1/mechanics}: everyone signed in reads the mechanics with their ratings; staff give a
 * mechanic's account its profile and set their skills; a mechanic (or staff) records their
 * attendance and work status.
 */
public final class MechanicRoutes implements Routes {
  private final CarCare carCare;
  private final Authenticator auth;

  public MechanicRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/mechanics", this::list);
    routes.post("/v1/mechanics", this::create);
    routes.get("/v1/mechanics/{id}", this::get);
    routes.patch("/v1/mechanics/{id}", this::update);
    routes.put("/v1/mechanics/{id}/attendance/{date}", this::attendance);
    routes.put("/v1/mechanics/{id}/status", this::status);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        Views.page(
            carCare.viewMechanics().list(principal, Queries.page(ctx)), MechanicViews::profile));
  }

  /** Staff give a mechanic's account that has none its profile. */
  private void create(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("account_id"));
    var account = UserId.parse(body.text("account_id"), "account_id");
    MechanicSkills skills = MechanicForms.skills(body, MechanicForms.NEW_PROFILE);
    Mechanic created =
        carCare
            .createMechanicProfile()
            .create(new CreateMechanicProfile.Command(principal, account, skills));
    ctx.status(201)
        .header("Location", "/v1/mechanics/" + created.id())
        .json(MechanicViews.profile(carCare.viewMechanics().get(principal, created.id())));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(MechanicViews.profile(carCare.viewMechanics().get(principal, id(ctx))));
  }

  private void update(Context ctx) {
    Principal principal = auth.require(ctx);
    MechanicId id = id(ctx);
    MechanicSkills skills =
        MechanicForms.skills(Body.of(ctx), carCare.viewMechanics().get(principal, id).mechanic());
    carCare.updateMechanicSkills().update(new UpdateMechanicSkills.Command(principal, id, skills));
    ctx.json(MechanicViews.profile(carCare.viewMechanics().get(principal, id)));
  }

  private void attendance(Context ctx) {
    Principal principal = auth.require(ctx);
    MechanicId id = id(ctx);
    LocalDate date = FieldValues.date(ctx.pathParam("date"), "attendance_date");
    Body body = Body.of(ctx).requireAll(List.of("status"));
    AttendanceStatus status = AttendanceStatus.parse(body.text("status"), "status");
    var recorded =
        carCare
            .recordAttendance()
            .record(new RecordAttendance.Command(principal, id, date, status));
    ctx.json(MechanicViews.attendance(recorded.attendance()));
  }

  private void status(Context ctx) {
    Principal principal = auth.require(ctx);
    MechanicId id = id(ctx);
    Body body = Body.of(ctx).requireAll(List.of("work_status"));
    WorkStatus status = WorkStatus.parse(body.text("work_status"), "work_status");
    ctx.json(
        MechanicViews.workStatus(
            carCare.setWorkStatus().set(new SetWorkStatus.Command(principal, id, status))));
  }

  private static MechanicId id(Context ctx) {
    return new MechanicId(PathIds.uuid(ctx.pathParam("id"), "Mechanic"));
  }
}

package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.carcare.RecordAttendance;
import dev.motorhub.application.carcare.RemoveAttendance;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceId;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.MechanicId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/mechanic_attendance}: a mechanic (or staff) records a day's attendance (a PUT
 * changes that day's record; staff DELETE one made in error); lists by {@code ?mechanic_id=}.
 */
final class CarCareAttendanceRoutes implements Routes {
  private static final String ATTENDANCE = "/api/v1/mechanic_attendance";
  private final CarCare carCare;
  private final Authenticator auth;

  CarCareAttendanceRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(ATTENDANCE, this::attendance);
    routes.post(ATTENDANCE, ctx -> record(ctx, null));
    routes.get(ATTENDANCE + "/{id}", this::oneAttendance);
    routes.put(ATTENDANCE + "/{id}", ctx -> record(ctx, attendanceRecord(ctx)));
    routes.delete(ATTENDANCE + "/{id}", this::removeAttendance);
  }

  private void attendance(Context ctx) {
    Principal principal = auth.require(ctx);
    Optional<MechanicId> mechanic = mechanicQuery(ctx);
    ctx.json(
        AllPages.of(page -> carCare.viewAttendance().list(principal, mechanic, page)).stream()
            .map(CarCareWorkViews::attendance)
            .toList());
  }

  private void oneAttendance(Context ctx) {
    ctx.json(CarCareWorkViews.attendance(attendanceRecord(ctx)));
  }

  private Attendance attendanceRecord(Context ctx) {
    Principal principal = auth.require(ctx);
    var id = new AttendanceId(PathIds.uuid(ctx.pathParam("id"), "Attendance"));
    return carCare.viewAttendance().get(principal, id);
  }

  /**
   * A new day's record, or, for {@code existing}, that mechanic's record with what the body says.
   */
  private void record(Context ctx, Attendance existing) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    MechanicId mechanic = existing == null ? mechanicField(body) : existing.mechanic();
    LocalDate date = FieldValues.date(body.text("attendance_date"), "attendance_date");
    AttendanceStatus status = AttendanceStatus.parse(body.text("status"), "status");
    var recorded =
        carCare
            .recordAttendance()
            .record(
                new RecordAttendance.Command(
                    principal,
                    mechanic,
                    date == null && existing != null ? existing.date() : date,
                    status));
    ctx.status(existing == null ? 201 : 200)
        .json(CarCareWorkViews.attendance(recorded.attendance()));
  }

  /** Staff remove a record made in error: 204, as DRF's destroy answers. */
  private void removeAttendance(Context ctx) {
    Principal principal = auth.require(ctx);
    var id = new AttendanceId(PathIds.uuid(ctx.pathParam("id"), "Attendance"));
    carCare.removeAttendance().remove(new RemoveAttendance.Command(principal, id));
    ctx.status(204);
  }

  static MechanicId mechanicField(Body body) {
    body.requireAll(List.of("mechanic_id"));
    return new MechanicId(FieldValues.uuid(body.text("mechanic_id"), "mechanic_id"));
  }

  static Optional<MechanicId> mechanicQuery(Context ctx) {
    return Queries.optional(ctx, "mechanic_id")
        .map(id -> new MechanicId(FieldValues.uuid(id, "mechanic_id")));
  }
}

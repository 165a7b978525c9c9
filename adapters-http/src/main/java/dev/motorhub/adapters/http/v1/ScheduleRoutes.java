package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.shared.InvalidInput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;

/** {@code GET /v1/schedule?date=}: a day's jobs and load, every mechanic's for staff. */
public final class ScheduleRoutes implements Routes {
  private final CarCare carCare;
  private final Authenticator auth;

  public ScheduleRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/schedule", this::day);
  }

  private void day(Context ctx) {
    Principal principal = auth.require(ctx);
    LocalDate date =
        Queries.optional(ctx, "date")
            .map(d -> FieldValues.date(d, "date"))
            .orElseThrow(() -> InvalidInput.of("date", "This field is required."));
    ctx.json(
        MechanicViews.schedule(
            date, carCare.viewSchedule().view(principal, date, Queries.page(ctx))));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.adapters.http.web.ServiceRequestRevisions;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.carcare.CancelServiceRequest;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.carcare.OpenServiceRequest;
import dev.motorhub.application.carcare.ScheduleServiceRequest;
import dev.motorhub.application.carcare.ServiceRequestFilter;
import dev.motorhub.application.carcare.StartServiceRequest;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /v1/service-requests}: customers open requests (scheduled at once when a mechanic fits),
 * follow them and change them until work starts; staff assign them by hand; the assigned mechanic,
 * or staff, start and complete the work; the customer, or staff, cancel.
 */
public final class ServiceRequestRoutes implements Routes {
  private static final List<String> STATUSES =
      List.of("pending", "scheduled", "in_progress", "completed", "cancelled");
  private final CarCare carCare;
  private final Authenticator auth;

  public ServiceRequestRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/service-requests", this::list);
    routes.post("/v1/service-requests", this::open);
    routes.get("/v1/service-requests/{id}", this::get);
    routes.patch("/v1/service-requests/{id}", this::revise);
    routes.post("/v1/service-requests/{id}/schedule", this::schedule);
    routes.post("/v1/service-requests/{id}/start", this::start);
    routes.post("/v1/service-requests/{id}/complete", this::complete);
    routes.post("/v1/service-requests/{id}/cancel", this::cancel);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    Violations violations = new Violations();
    Optional<String> status = Queries.optional(ctx, "status");
    if (status.isPresent() && !STATUSES.contains(status.get())) {
      violations.add("status", "Select a valid choice: " + String.join(", ", STATUSES) + ".");
    }
    Optional<LocalDate> date =
        Queries.optional(ctx, "requested_date")
            .map(d -> violations.capture(() -> FieldValues.date(d, "requested_date")));
    Optional<UserId> customer =
        Queries.optional(ctx, "customer_id")
            .map(c -> violations.capture(() -> UserId.parse(c, "customer_id")));
    Optional<MechanicId> mechanic =
        Queries.optional(ctx, "mechanic_id")
            .map(m -> violations.capture(() -> new MechanicId(FieldValues.uuid(m, "mechanic_id"))));
    violations.throwIfAny();
    var filter = new ServiceRequestFilter(customer, mechanic, status, date);
    ctx.json(
        Views.page(
            carCare.viewServiceRequests().list(principal, filter, Queries.page(ctx)),
            CarCareViews::request));
  }

  private void open(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceRequest request = carCare.openServiceRequest().open(opening(principal, Body.of(ctx)));
    ctx.status(201)
        .header("Location", "/v1/service-requests/" + request.id())
        .json(CarCareViews.request(request));
  }

  /** The request a body opens, naming every field at fault at once. */
  static OpenServiceRequest.Command opening(Principal principal, Body body) {
    body.requireAll(List.of("service_kind", "service_description", "requested_date"));
    Violations violations = new Violations();
    ServiceKindCode kind =
        violations.capture(() -> ServiceKindCode.parse(body.text("service_kind"), "service_kind"));
    String description = violations.capture(() -> body.text("service_description"));
    LocalDate date =
        violations.capture(() -> FieldValues.date(body.text("requested_date"), "requested_date"));
    Optional<VehicleId> vehicle =
        violations.capture(
            () ->
                Optional.ofNullable(body.text("vehicle_id"))
                    .map(v -> VehicleId.parse(v, "vehicle_id")));
    violations.throwIfAny();
    return new OpenServiceRequest.Command(principal, kind, description, date, vehicle);
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(CarCareViews.request(carCare.viewServiceRequests().get(principal, id(ctx))));
  }

  /** The description or date present change; a new date schedules the request anew. */
  private void revise(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceRequestId id = id(ctx);
    ServiceRequestRevisions revision = ServiceRequestRevisions.read(Body.of(ctx));
    ServiceRequest current = carCare.viewServiceRequests().get(principal, id);
    ctx.json(
        CarCareViews.request(
            carCare.reviseServiceRequest().revise(revision.of(principal, current))));
  }

  private void schedule(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("mechanic_id"));
    var mechanic = new MechanicId(FieldValues.uuid(body.text("mechanic_id"), "mechanic_id"));
    ServiceRequest request =
        carCare
            .scheduleServiceRequest()
            .schedule(new ScheduleServiceRequest.Command(principal, id(ctx), mechanic));
    ctx.json(CarCareViews.request(request));
  }

  private void start(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        CarCareViews.request(
            carCare
                .startServiceRequest()
                .start(new StartServiceRequest.Command(principal, id(ctx)))));
  }

  private void complete(Context ctx) {
    Principal principal = auth.require(ctx);
    var completed =
        carCare
            .completeServiceRequest()
            .complete(new CompleteServiceRequest.Command(principal, id(ctx)));
    ctx.json(CarCareViews.request(completed.request()));
  }

  private void cancel(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        CarCareViews.request(
            carCare
                .cancelServiceRequest()
                .cancel(new CancelServiceRequest.Command(principal, id(ctx)))));
  }

  static ServiceRequestId id(Context ctx) {
    return new ServiceRequestId(PathIds.uuid(ctx.pathParam("id"), "Service request"));
  }
}

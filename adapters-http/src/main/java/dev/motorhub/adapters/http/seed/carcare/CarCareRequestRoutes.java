package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.FieldValues;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.adapters.http.web.ServiceRequestRevisions;
import dev.motorhub.application.CarCare;
import dev.motorhub.application.carcare.CancelServiceRequest;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.carcare.OpenServiceRequest;
import dev.motorhub.application.carcare.ServiceRequestFilter;
import dev.motorhub.application.carcare.StartServiceRequest;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/customer_service_requests}: a customer's POST opens a request and schedules it at
 * once; a PUT of another {@code status} starts, completes or cancels it, and one without changes
 * its description and date; DELETE cancels it (the record stays, cancelled, and is answered).
 */
final class CarCareRequestRoutes implements Routes {
  /** What a request from the seed's clients, which name no kind of work, asks for. */
  static final String DEFAULT_KIND = "diagnostics";

  private static final String PATH = "/api/v1/customer_service_requests";
  private final CarCare carCare;
  private final Authenticator auth;

  CarCareRequestRoutes(CarCare carCare, Authenticator auth) {
    this.carCare = carCare;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, this::list);
    routes.post(PATH, this::open);
    routes.get(PATH + "/{id}", this::get);
    routes.put(PATH + "/{id}", this::change);
    routes.delete(PATH + "/{id}", this::cancel);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        AllPages.of(
                page ->
                    carCare.viewServiceRequests().list(principal, ServiceRequestFilter.ALL, page))
            .stream()
            .map(CarCareWorkViews::request)
            .toList());
  }

  private void open(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx).requireAll(List.of("service_description", "requested_date"));
    Violations violations = new Violations();
    String kindText = violations.capture(() -> body.text("service_kind"));
    ServiceKindCode kind =
        violations.capture(
            () ->
                ServiceKindCode.parse(kindText == null ? DEFAULT_KIND : kindText, "service_kind"));
    String description = violations.capture(() -> body.text("service_description"));
    LocalDate date =
        violations.capture(() -> FieldValues.date(body.text("requested_date"), "requested_date"));
    violations.throwIfAny();
    ServiceRequest request =
        carCare
            .openServiceRequest()
            .open(
                new OpenServiceRequest.Command(
                    principal, kind, description, date, Optional.empty()));
    ctx.status(201).json(CarCareWorkViews.request(request));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(CarCareWorkViews.request(carCare.viewServiceRequests().get(principal, id(ctx))));
  }

  /**
   * Moves the request to another {@code status} sent (in_progress, completed or cancelled), or else
   * changes its {@code service_description} and {@code requested_date}.
   */
  private void change(Context ctx) {
    Principal principal = auth.require(ctx);
    ServiceRequestId id = id(ctx);
    Body body = Body.of(ctx);
    String status = body.text("status");
    ServiceRequestRevisions revision = ServiceRequestRevisions.read(body);
    ServiceRequest current = carCare.viewServiceRequests().get(principal, id);
    if (status == null || status.strip().equals(current.status())) {
      ctx.json(
          CarCareWorkViews.request(
              carCare.reviseServiceRequest().revise(revision.of(principal, current))));
      return;
    }
    ServiceRequest changed =
        switch (status.strip()) {
          case "in_progress" ->
              carCare.startServiceRequest().start(new StartServiceRequest.Command(principal, id));
          case "completed" ->
              carCare
                  .completeServiceRequest()
                  .complete(new CompleteServiceRequest.Command(principal, id))
                  .request();
          case "cancelled" ->
              carCare
                  .cancelServiceRequest()
                  .cancel(new CancelServiceRequest.Command(principal, id));
          default ->
              throw InvalidInput.of(
                  "status", "Select a valid choice: in_progress, completed, cancelled.");
        };
    ctx.json(CarCareWorkViews.request(changed));
  }

  private void cancel(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        CarCareWorkViews.request(
            carCare
                .cancelServiceRequest()
                .cancel(new CancelServiceRequest.Command(principal, id(ctx)))));
  }

  static ServiceRequestId id(Context ctx) {
    return new ServiceRequestId(PathIds.uuid(ctx.pathParam("id"), "Service request"));
  }
}

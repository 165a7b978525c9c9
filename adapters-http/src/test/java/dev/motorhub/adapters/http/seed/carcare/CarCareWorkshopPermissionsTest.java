package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.v1.Matrix.row;

import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.support.Workshop;
import dev.motorhub.adapters.http.v1.CarCareCases;
import dev.motorhub.adapters.http.v1.Matrix;
import dev.motorhub.adapters.http.v1.Matrix.Actor;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import dev.motorhub.adapters.http.v1.Matrix.Row;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CarCarePro's workshop routes answer each caller as {@code /v1} does, in DRF's shapes: the
 * customer, another customer, another mechanic, staff, a superuser and the assigned mechanic.
 */
class CarCareWorkshopPermissionsTest {
  static TestServer server;
  static Matrix.Cast cast;
  static CarCareCases cases;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    cast = Matrix.Cast.signIn(server);
    cases = new CarCareCases(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    String today = Workshop.today().toString();
    String requests = "/api/v1/customer_service_requests/";
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, the customer (the owner), another customer, another
            // mechanic, staff, a superuser, the assigned mechanic.
            row(
                "GET " + requests,
                "401 200 200 200 200 200 200",
                scheduled(),
                (api, f) -> api.get(requests)),
            row(
                "POST " + requests,
                "401 201 201 403 403 403 403",
                scheduled(),
                (api, f) ->
                    api.post(
                        requests, Map.of("service_description", "Noise", "requested_date", today))),
            row(
                "GET " + requests + "{scheduled}",
                "401 200 404 404 200 200 200",
                scheduled(),
                (api, f) -> api.get(requests + cases.scheduled(f))),
            row(
                "PUT " + requests + "{scheduled} in_progress",
                "401 403 404 404 200 200 200",
                scheduled(),
                (api, f) ->
                    api.put(requests + cases.scheduled(f), Map.of("status", "in_progress"))),
            row(
                "DELETE " + requests + "{scheduled}",
                "401 200 404 404 200 200 403",
                scheduled(),
                (api, f) -> api.delete(requests + cases.scheduled(f))),
            row(
                "GET /api/v1/service_cost_details?service_request_id={in progress}",
                "401 200 404 404 200 200 200",
                inProgress(),
                (api, f) ->
                    api.get(
                        "/api/v1/service_cost_details?service_request_id=" + cases.inProgress(f))),
            row(
                "POST /api/v1/service_cost_details {in progress}",
                "401 403 404 404 201 201 201",
                inProgress(),
                (api, f) ->
                    api.post(
                        "/api/v1/service_cost_details",
                        Map.of(
                            "service_request_id",
                            cases.inProgress(f),
                            "service_description",
                            "Filter",
                            "cost",
                            "9.99"))),
            row(
                "PUT /api/v1/service_cost_details/{line}",
                "401 403 404 404 200 200 200",
                costLine(),
                (api, f) ->
                    api.put(
                        costLine().apply(f),
                        Map.of("service_description", "Labour, 2 h", "cost", "60.00"))),
            row(
                "DELETE /api/v1/service_cost_details/{line}",
                "401 403 404 404 204 204 204",
                costLine(),
                (api, f) -> api.delete(costLine().apply(f))),
            row(
                "GET /api/v1/invoices/{its invoice}",
                "401 200 404 404 200 200 404",
                invoice(),
                (api, f) -> api.get("/api/v1/invoices/" + cases.invoice(f))),
            row(
                "DELETE /api/v1/invoices/{its invoice} (voids it)",
                "401 403 403 403 200 200 403",
                invoice(),
                (api, f) -> api.delete("/api/v1/invoices/" + cases.invoice(f))),
            row(
                "POST /api/v1/customer_feedback {completed}",
                "401 201 404 404 403 403 403",
                completed(),
                (api, f) ->
                    api.post(
                        "/api/v1/customer_feedback",
                        Map.of("service_request_id", cases.completed(f), "rating", 5))),
            row(
                "PUT /api/v1/customer_feedback/{its}",
                "401 200 404 404 403 403 403",
                feedback(),
                (api, f) -> api.put(feedback().apply(f), Map.of("rating", 3))),
            row(
                "DELETE /api/v1/customer_feedback/{its}",
                "401 204 404 404 204 204 403",
                feedback(),
                (api, f) -> api.delete(feedback().apply(f))),
            row(
                "GET /api/v1/mechanics/{id}",
                "401 200 200 200 200 200 200",
                mechanic(),
                (api, f) -> api.get("/api/v1/mechanics/" + cases.mechanic(f))),
            row(
                "PUT /api/v1/mechanics/{id}",
                "401 403 403 403 200 200 403",
                mechanic(),
                (api, f) ->
                    api.put(
                        "/api/v1/mechanics/" + cases.mechanic(f), Map.of("experience_years", 3))),
            row(
                "DELETE /api/v1/mechanics/{id} (no request names them)",
                "401 403 403 403 204 204 403",
                mechanic(),
                (api, f) -> api.delete("/api/v1/mechanics/" + cases.mechanic(f))),
            row(
                "DELETE /api/v1/mechanics/{id} (a request names them)",
                "401 403 403 403 409 409 403",
                scheduled(),
                (api, f) -> api.delete("/api/v1/mechanics/" + cases.mechanic(f))),
            row(
                "GET /api/v1/mechanic_attendance",
                "401 403 403 200 200 200 200",
                mechanic(),
                (api, f) -> api.get("/api/v1/mechanic_attendance")),
            row(
                "POST /api/v1/mechanic_attendance {today}",
                "401 403 403 403 201 201 201",
                mechanic(),
                (api, f) ->
                    api.post(
                        "/api/v1/mechanic_attendance",
                        Map.of(
                            "mechanic_id",
                            cases.mechanic(f),
                            "attendance_date",
                            today,
                            "status",
                            "present"))),
            row(
                "DELETE /api/v1/mechanic_attendance/{today's}",
                "401 403 403 403 204 204 403",
                attendance(),
                (api, f) -> api.delete(attendance().apply(f))),
            row(
                "DELETE /api/v1/mechanic_work_status/{latest}",
                "401 403 403 403 204 204 403",
                statusChange(),
                (api, f) -> api.delete(statusChange().apply(f))),
            row(
                "POST /api/v1/mechanic_work_status",
                "401 403 403 403 201 201 201",
                mechanic(),
                (api, f) ->
                    api.post(
                        "/api/v1/mechanic_work_status",
                        Map.of("mechanic_id", cases.mechanic(f), "work_status", "available")))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void permissions(Row row, Actor actor, int status) {
    Matrix.run(cast, row, actor, status);
  }

  private static Function<Fixture, String> mechanic() {
    return f -> "/v1/mechanics/" + cases.mechanic(f);
  }

  /** The one cost line of the owner's request in progress, on the seed's route. */
  private static Function<Fixture, String> costLine() {
    return f ->
        f.memo(
            "cost line",
            () ->
                "/api/v1/service_cost_details/"
                    + f.superuser()
                        .get(
                            "/api/v1/service_cost_details?service_request_id="
                                + cases.inProgress(f))
                        .json()
                        .get(0)
                        .path("id")
                        .asText());
  }

  /** The owner's feedback on their completed request, on the seed's route. */
  private static Function<Fixture, String> feedback() {
    return f ->
        f.memo(
            "feedback",
            () ->
                "/api/v1/customer_feedback/"
                    + f.owner()
                        .api()
                        .post(
                            "/api/v1/customer_feedback",
                            Map.of("service_request_id", cases.completed(f), "rating", 4))
                        .text("id"));
  }

  /** The case's mechanic's latest work status change, set by staff, on the seed's route. */
  private static Function<Fixture, String> statusChange() {
    return f ->
        f.memo(
            "status change",
            () ->
                "/api/v1/mechanic_work_status/"
                    + f.superuser()
                        .post(
                            "/api/v1/mechanic_work_status",
                            Map.of("mechanic_id", cases.mechanic(f), "work_status", "available"))
                        .text("id"));
  }

  /** The case's mechanic's attendance record for today, on the seed's route. */
  private static Function<Fixture, String> attendance() {
    return f ->
        f.memo(
            "attendance",
            () ->
                "/api/v1/mechanic_attendance/"
                    + f.superuser()
                        .post(
                            "/api/v1/mechanic_attendance",
                            Map.of(
                                "mechanic_id",
                                cases.mechanic(f),
                                "attendance_date",
                                Workshop.today().toString(),
                                "status",
                                "present"))
                        .text("id"));
  }

  private static Function<Fixture, String> scheduled() {
    return f -> "/v1/service-requests/" + cases.scheduled(f);
  }

  private static Function<Fixture, String> inProgress() {
    return f -> "/v1/service-requests/" + cases.inProgress(f);
  }

  private static Function<Fixture, String> completed() {
    return f -> "/v1/service-requests/" + cases.completed(f);
  }

  private static Function<Fixture, String> invoice() {
    return f -> "/v1/invoices/" + cases.invoice(f);
  }
}

package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;

import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.support.Workshop;
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
 * Who may do what in the workshop: everyone signed in reads the catalogue and the mechanics; staff
 * keep them and assign by hand; customers open requests and see their own; the assigned mechanic
 * sees their jobs, works them and keeps their own day; the customer rates the work.
 */
class CarCarePermissionsTest {
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
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, the customer (the owner), another customer, another
            // mechanic, staff, a superuser, the assigned mechanic.
            row(
                "GET /v1/service-kinds",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/service-kinds")),
            row(
                "GET /v1/service-kinds/{code}",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/service-kinds/oil_change")),
            row(
                "POST /v1/service-kinds",
                "401 403 403 403 201 201",
                none(),
                (api, f) ->
                    api.post(
                        "/v1/service-kinds",
                        Map.of("code", Matrix.unique("new_kind_"), "name", "New"))),
            row(
                "GET /v1/mechanics",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/mechanics")),
            row(
                "GET /v1/mechanics/{id}",
                "401 200 200 200 200 200 200",
                mechanic(),
                (api, f) -> api.get(mechanic().apply(f))),
            row(
                "PATCH /v1/mechanics/{id}",
                "401 403 403 403 200 200 403",
                mechanic(),
                (api, f) -> api.patch(mechanic().apply(f), Map.of("daily_capacity", 5))),
            row(
                "PUT /v1/mechanics/{id}/attendance/{today}",
                "401 403 403 403 200 200 200",
                mechanic(),
                (api, f) ->
                    api.put(
                        mechanic().apply(f) + "/attendance/" + today, Map.of("status", "present"))),
            row(
                "PUT /v1/mechanics/{id}/status",
                "401 403 403 403 200 200 200",
                mechanic(),
                (api, f) ->
                    api.put(mechanic().apply(f) + "/status", Map.of("work_status", "available"))),
            row(
                "GET /v1/service-requests",
                "401 200 200 200 200 200 200",
                scheduled(),
                (api, f) -> api.get("/v1/service-requests")),
            row(
                "POST /v1/service-requests",
                "401 201 201 403 403 403 403",
                withItsMechanic(),
                (api, f) -> Workshop.request(api, cases.kind(f))),
            row(
                "GET /v1/service-requests/{scheduled}",
                "401 200 404 404 200 200 200",
                scheduled(),
                (api, f) -> api.get(scheduled().apply(f))),
            row(
                "POST /v1/service-requests/{scheduled}/schedule (its own mechanic again)",
                "401 403 403 403 422 422 403",
                scheduled(),
                (api, f) ->
                    api.post(
                        scheduled().apply(f) + "/schedule",
                        Map.of("mechanic_id", cases.mechanic(f)))),
            row(
                "POST /v1/service-requests/{scheduled}/start",
                "401 403 404 404 200 200 200",
                scheduled(),
                (api, f) -> api.post(scheduled().apply(f) + "/start", Map.of())),
            row(
                "POST /v1/service-requests/{scheduled}/cancel",
                "401 200 404 404 200 200 403",
                scheduled(),
                (api, f) -> api.post(scheduled().apply(f) + "/cancel", Map.of())),
            row(
                "POST /v1/service-requests/{in progress}/cancel",
                "401 403 404 404 200 200 403",
                inProgress(),
                (api, f) -> api.post(inProgress().apply(f) + "/cancel", Map.of())),
            row(
                "GET /v1/service-requests/{in progress}/cost-lines",
                "401 200 404 404 200 200 200",
                inProgress(),
                (api, f) -> api.get(inProgress().apply(f) + "/cost-lines")),
            row(
                "POST /v1/service-requests/{in progress}/cost-lines",
                "401 403 404 404 201 201 201",
                inProgress(),
                (api, f) ->
                    api.post(
                        inProgress().apply(f) + "/cost-lines",
                        Map.of("description", "Parts", "unit_price", "12.00"))),
            row(
                "POST /v1/service-requests/{in progress}/complete",
                "401 403 404 404 200 200 200",
                inProgress(),
                (api, f) -> api.post(inProgress().apply(f) + "/complete", Map.of())),
            row(
                "POST /v1/service-requests/{completed}/feedback",
                "401 201 404 404 403 403 403",
                completed(),
                (api, f) -> api.post(completed().apply(f) + "/feedback", Map.of("rating", 5))),
            row(
                "GET /v1/schedule?date={today}",
                "401 403 403 200 200 200 200",
                mechanic(),
                (api, f) -> api.get("/v1/schedule?date=" + today))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void permissions(Row row, Actor actor, int status) {
    Matrix.run(cast, row, actor, status);
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  /** No record to act on, but the case's mechanic, who takes what is asked of their kind. */
  private static Function<Fixture, String> withItsMechanic() {
    return f -> {
      cases.mechanic(f);
      return null;
    };
  }

  private static Function<Fixture, String> mechanic() {
    return f -> "/v1/mechanics/" + cases.mechanic(f);
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
}

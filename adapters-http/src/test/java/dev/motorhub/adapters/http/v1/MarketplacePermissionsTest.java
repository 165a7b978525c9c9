package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;

import dev.motorhub.adapters.http.support.TestServer;
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
 * Who may do what to services and trades: everyone signed in reads the active services and the open
 * trades; staff manage services; only customers open trades, of their own vehicles; the owner or
 * staff cancel one; a closed or cancelled trade is for its parties and staff to see.
 */
class MarketplacePermissionsTest {
  static TestServer server;
  static Matrix.Cast cast;
  static MarketCases cases;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    cast = Matrix.Cast.signIn(server);
    cases = new MarketCases(server, cast);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, the owner, another customer, a mechanic, staff,
            // a superuser. The owner is a customer made for each case.
            row(
                "GET /v1/services",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/services")),
            row(
                "POST /v1/services",
                "401 403 403 403 201 201",
                none(),
                (api, f) ->
                    api.post(
                        "/v1/services",
                        Map.of("kind", "sell", "name", Matrix.unique("Sale "), "fee", "20.00"))),
            row(
                "GET /v1/services/{active}",
                "401 200 200 200 200 200",
                service(),
                (api, f) -> api.get(service().apply(f))),
            row(
                "GET /v1/services/{inactive}",
                "401 404 404 404 200 200",
                inactive(),
                (api, f) -> api.get(inactive().apply(f))),
            row(
                "PATCH /v1/services/{id}",
                "401 403 403 403 200 200",
                service(),
                (api, f) -> api.patch(service().apply(f), Map.of("fee", "75.00"))),
            row(
                "DELETE /v1/services/{unused}",
                "401 403 403 403 204 204",
                service(),
                (api, f) -> api.delete(service().apply(f))),
            row(
                "DELETE /v1/services/{in use}",
                "401 403 403 403 422 422",
                inUse(),
                (api, f) -> api.delete(inUse().apply(f))),
            row(
                "GET /v1/trades",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/trades?limit=5")),
            row(
                "GET /v1/trades?status=closed",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/trades?status=closed")),
            row(
                "POST /v1/trades (the owner's vehicle)",
                "401 201 404 403 403 403",
                none(),
                (api, f) ->
                    api.post(
                        "/v1/trades",
                        Map.of("vehicle_id", cases.vehicle(f), "service_id", cases.service(f)))),
            row(
                "GET /v1/trades/{open}",
                "401 200 200 200 200 200",
                trade(),
                (api, f) -> api.get(trade().apply(f))),
            row(
                "GET /v1/trades/{closed}",
                "401 200 404 404 200 200",
                closed(),
                (api, f) -> api.get(closed().apply(f))),
            row(
                "GET /v1/trades/{cancelled}",
                "401 200 404 404 200 200",
                cancelled(),
                (api, f) -> api.get(cancelled().apply(f))),
            row(
                "DELETE /v1/trades/{open}",
                "401 200 403 403 200 200",
                trade(),
                (api, f) -> api.delete(trade().apply(f))),
            row(
                "DELETE /v1/trades/{closed}",
                "401 422 404 404 422 422",
                closed(),
                (api, f) -> api.delete(closed().apply(f))),
            row(
                "DELETE /v1/trades/{cancelled}",
                "401 422 404 404 422 422",
                cancelled(),
                (api, f) -> api.delete(cancelled().apply(f)))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void permissions(Row row, Actor actor, int status) {
    Matrix.run(cast, row, actor, status);
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  private static Function<Fixture, String> service() {
    return f -> "/v1/services/" + cases.service(f);
  }

  private static Function<Fixture, String> inactive() {
    return f -> "/v1/services/" + cases.inactiveService(f);
  }

  /** The lease service, with the owner's trade under it. */
  private static Function<Fixture, String> inUse() {
    return f -> {
      cases.trade(f);
      return "/v1/services/" + cases.service(f);
    };
  }

  private static Function<Fixture, String> trade() {
    return f -> "/v1/trades/" + cases.trade(f);
  }

  private static Function<Fixture, String> closed() {
    return f -> "/v1/trades/" + cases.closedTrade(f);
  }

  private static Function<Fixture, String> cancelled() {
    return f -> "/v1/trades/" + cases.cancelledTrade(f);
  }
}

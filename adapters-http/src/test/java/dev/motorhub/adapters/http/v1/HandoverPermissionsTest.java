package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;

import dev.motorhub.adapters.http.support.Garage;
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
 * Who may record a sale's handover, and what a sold vehicle lets anyone do: the seller (the owner
 * here) or staff record it; the buyer may see the sale but not record it; nobody else sees it; a
 * sold vehicle refuses every change until it is handed over, when it is the buyer's alone.
 */
class HandoverPermissionsTest {
  static TestServer server;
  static Matrix.Cast cast;
  static SaleCases cases;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    cast = Matrix.Cast.signIn(server);
    cases = new SaleCases(server, cast);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, the owner (the seller), another customer, a mechanic,
            // staff, a superuser.
            row(
                "POST /v1/trades/{sold to a third customer}/handover",
                "401 200 404 404 200 200",
                trade(cases::sale),
                (api, f) -> api.post(trade(cases::sale).apply(f) + "/handover", Map.of())),
            row(
                "POST /v1/trades/{sold to the other customer}/handover",
                "401 200 403 404 200 200",
                trade(cases::saleToOtherCustomer),
                (api, f) ->
                    api.post(trade(cases::saleToOtherCustomer).apply(f) + "/handover", Map.of())),
            row(
                "POST /v1/trades/{handed over}/handover",
                "401 422 403 404 422 422",
                trade(cases::handedOver),
                (api, f) -> api.post(trade(cases::handedOver).apply(f) + "/handover", Map.of())),
            row(
                "POST /v1/trades/{open}/handover",
                "401 422 403 403 422 422",
                trade(cases::trade),
                (api, f) -> api.post(trade(cases::trade).apply(f) + "/handover", Map.of())),
            row(
                "PATCH /v1/vehicles/{sold}",
                "401 422 404 404 422 422",
                soldVehicle(),
                (api, f) -> api.patch(soldVehicle().apply(f), Map.of("mileage", 1))),
            row(
                "PUT /v1/vehicles/{sold}",
                "401 422 404 404 422 422",
                soldVehicle(),
                (api, f) -> api.put(soldVehicle().apply(f), Garage.vehicle(Matrix.unique("S")))),
            row(
                "DELETE /v1/vehicles/{sold}",
                "401 422 404 404 422 422",
                soldVehicle(),
                (api, f) -> api.delete(soldVehicle().apply(f))),
            row(
                "POST /v1/trades (a sold vehicle)",
                "401 422 404 403 403 403",
                soldVehicle(),
                (api, f) ->
                    api.post(
                        "/v1/trades",
                        Map.of("vehicle_id", cases.vehicle(f), "service_id", cases.service(f)))),
            row(
                "GET /v1/vehicles/{handed over to the other customer}",
                "401 404 200 404 200 200",
                handedOverVehicle(),
                (api, f) -> api.get(handedOverVehicle().apply(f))),
            row(
                "PATCH /v1/vehicles/{handed over to the other customer}",
                "401 404 200 404 200 200",
                handedOverVehicle(),
                (api, f) -> api.patch(handedOverVehicle().apply(f), Map.of("mileage", 50000)))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void permissions(Row row, Actor actor, int status) {
    Matrix.run(cast, row, actor, status);
  }

  private static Function<Fixture, String> trade(Function<Fixture, String> made) {
    return f -> "/v1/trades/" + made.apply(f);
  }

  /** The owner's vehicle, sold to a third customer and waiting to be handed over. */
  private static Function<Fixture, String> soldVehicle() {
    return f -> {
      cases.sale(f);
      return "/v1/vehicles/" + cases.vehicle(f);
    };
  }

  private static Function<Fixture, String> handedOverVehicle() {
    return f -> {
      cases.handedOver(f);
      return "/v1/vehicles/" + cases.vehicle(f);
    };
  }
}

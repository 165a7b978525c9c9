package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Actor;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import dev.motorhub.adapters.http.v1.Matrix.Row;
import dev.motorhub.application.contract.GarageFixtures;
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
 * Who may do what in garages: a customer with their own vehicles; staff with everyone's, and they
 * register vehicles for customers; only customers keep vehicles. Another's vehicle is not found.
 */
class VehiclePermissionsTest {
  static TestServer server;
  static Matrix.Cast cast;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    cast = Matrix.Cast.signIn(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, the owner, another customer, a mechanic, staff,
            // a superuser. The owner is a customer made for each case, with one vehicle.
            row(
                "GET /v1/vehicles",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/vehicles")),
            row(
                "POST /v1/vehicles (one's own garage)",
                "401 201 201 422 422 422",
                none(),
                (api, f) -> api.post("/v1/vehicles", Garage.vehicle(plate()))),
            row(
                "POST /v1/vehicles (the owner's garage)",
                "401 201 404 404 201 201",
                none(),
                (api, f) -> api.post("/v1/vehicles", forOwner(f))),
            row(
                "GET /v1/vehicles/{the owner's}",
                "401 200 404 404 200 200",
                owners(),
                (api, f) -> api.get(owners().apply(f))),
            row(
                "PATCH /v1/vehicles/{the owner's}",
                "401 200 404 404 200 200",
                owners(),
                (api, f) -> api.patch(owners().apply(f), Map.of("mileage", 99))),
            row(
                "PUT /v1/vehicles/{the owner's}",
                "401 200 404 404 200 200",
                owners(),
                (api, f) -> api.put(owners().apply(f), Garage.vehicle(plate()))),
            row(
                "DELETE /v1/vehicles/{the owner's}",
                "401 204 404 404 204 204",
                owners(),
                (api, f) -> api.delete(owners().apply(f))),
            row(
                "PUT /v1/vehicles/{the owner's}/image",
                "401 200 404 404 200 200",
                owners(),
                (api, f) ->
                    Garage.upload(
                        api, owners().apply(f) + "/image", "car.png", GarageFixtures.PNG)),
            row(
                "GET /v1/vehicles/{the owner's}/image",
                "401 200 404 404 200 200",
                pictured(),
                (api, f) -> api.get(pictured().apply(f) + "/image"))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusTheGaragePolicyGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (row.route().endsWith("/image") && row.route().startsWith("GET") && expected == 200) {
      assertThat(reply.header("Content-Type")).isEqualTo("image/png");
    }
    if (row.route().startsWith("GET /v1/vehicles/")
        && !row.route().endsWith("/image")
        && expected == 200) {
      assertThat(reply.text("license_plate")).startsWith("PRM");
    }
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  /** The owner's vehicle, registered by the owner for the case. */
  private static Function<Fixture, String> owners() {
    return f ->
        "/v1/vehicles/" + f.memo("vehicle", () -> Garage.register(f.owner().api(), plate()));
  }

  /** The owner's vehicle with an image. */
  private static Function<Fixture, String> pictured() {
    return f -> {
      String path = owners().apply(f);
      f.memo(
          "image",
          () ->
              Garage.upload(f.owner().api(), path + "/image", "car.png", GarageFixtures.PNG)
                  .text("image"));
      return path;
    };
  }

  private static Map<String, Object> forOwner(Fixture f) {
    Map<String, Object> body = Garage.vehicle(plate());
    body.put("owner_id", f.owner().id());
    return body;
  }

  private static String plate() {
    return Matrix.unique("PRM");
  }
}

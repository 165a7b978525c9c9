package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.mycars.MyCarsCarAnswers.car;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.domain.identity.Role;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what on {@code /api/cars/}: a client with their own cars, staff with every car; a car
 * someone may not see is not found. Every case runs on a fresh car of a fresh client.
 */
class MyCarsCarPermissionsTest {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String[] ACTORS = {
    "anonymous", "the owner", "another client", "a mechanic", "staff", "a superuser"
  };
  static TestServer server;
  static Api other;
  static Api mechanic;
  static Api staff;
  static Api superuser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    other = Accounts.customer(server, "other").api();
    mechanic = Accounts.mechanic(server, "mechanic").api();
    staff = Accounts.administrator(server, "chief", Role.STAFF).api();
    superuser = Accounts.administrator(server, "root", Role.SUPERUSER).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A route on a fresh car (its path given), and the status of each actor in order. */
  record Route(String name, BiFunction<Api, String, Api.Reply> call, String statuses) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> matrix() {
    return Stream.of(
            new Route(
                "GET /api/cars/", (api, car) -> api.get("/api/cars/"), "401 200 200 200 200 200"),
            new Route(
                "POST /api/cars/",
                (api, car) -> api.post("/api/cars/", car(plate())),
                "401 201 201 422 422 422"),
            new Route("GET /api/cars/{id}/", Api::get, "401 200 404 404 200 200"),
            new Route(
                "PUT /api/cars/{id}/",
                (api, car) -> api.put(car, car(plate())),
                "401 200 404 404 200 200"),
            new Route(
                "PATCH /api/cars/{id}/",
                (api, car) -> api.patch(car, Map.of("mileage", 1)),
                "401 200 404 404 200 200"),
            new Route("DELETE /api/cars/{id}/", Api::delete, "401 204 404 404 204 204"),
            new Route(
                "POST /api/cars/{id}/upload-image/",
                (api, car) ->
                    Garage.upload(api, "POST", car + "upload-image/", "a.png", GarageFixtures.PNG),
                "401 200 404 404 200 200"))
        .flatMap(
            route -> {
              int[] statuses =
                  Arrays.stream(route.statuses().split(" ")).mapToInt(Integer::parseInt).toArray();
              return Stream.of(0, 1, 2, 3, 4, 5)
                  .map(actor -> Arguments.of(route, ACTORS[actor], statuses[actor]));
            });
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusTheGaragePolicyGrants(Route route, String actor, int expected) {
    Accounts.Signed owner = Accounts.customer(server, "owner" + SEQUENCE.incrementAndGet());
    String car = "/api/cars/" + owner.api().post("/api/cars/", car(plate())).text("id") + "/";
    Api caller =
        switch (actor) {
          case "anonymous" -> server.api();
          case "the owner" -> owner.api();
          case "another client" -> other;
          case "a mechanic" -> mechanic;
          case "staff" -> staff;
          default -> superuser;
        };
    String before = superuser.get(car).body();

    Api.Reply reply = route.call().apply(caller, car);

    assertThat(reply.status()).as(actor + " on " + route + ": " + reply).isEqualTo(expected);
    if (expected >= 400) {
      assertThat(reply.json().has("detail")).as(reply.toString()).isTrue();
      assertThat(superuser.get(car).body()).as("a refusal changes nothing").isEqualTo(before);
    }
    if (expected == 204) {
      assertThat(superuser.get(car).status()).isEqualTo(404);
    }
  }

  private static String plate() {
    return "PRM" + SEQUENCE.incrementAndGet();
  }
}

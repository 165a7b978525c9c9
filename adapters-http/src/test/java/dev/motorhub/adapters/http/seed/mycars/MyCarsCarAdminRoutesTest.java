package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.mycars.MyCarsCarAnswers.assertCar;
import static dev.motorhub.adapters.http.seed.mycars.MyCarsCarAnswers.assertRefused;
import static dev.motorhub.adapters.http.seed.mycars.MyCarsCarAnswers.car;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.domain.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 003's {@code /api/admin/users/{id}/cars/}: administrators manage a user's cars. */
class MyCarsCarAdminRoutesTest {
  static TestServer server;
  static Api admin;
  static Accounts.Signed client;
  static Accounts.Signed otherClient;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    admin = Accounts.administrator(server, "carboss", Role.STAFF).api();
    client = Accounts.customer(server, "john_doe");
    otherClient = Accounts.customer(server, "jane_smith");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String cars(Accounts.Signed user) {
    return "/api/admin/users/" + user.id() + "/cars/";
  }

  @Test
  void anAdministratorCreatesAndListsAUsersCars() {
    Map<String, Object> honda =
        Map.of(
            "brand", "Honda", "model", "Civic", "year", 2022, "color", "Silver", "license",
            "XYZ789", "mileage", 5000);

    JsonNode created = assertCar(admin.post(cars(client), honda), 201);
    Api.Reply listed = admin.get(cars(client));

    assertThat(created.path("owner").asText()).isEqualTo(client.id());
    assertThat(created.path("owner_username").asText()).isEqualTo("john_doe");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json())
        .extracting(c -> c.path("id").asText())
        .contains(created.path("id").asText());
    assertThat(listed.json())
        .allSatisfy(c -> assertThat(c.path("owner").asText()).isEqualTo(client.id()));
    assertThat(client.api().get("/api/cars/" + created.path("id").asText() + "/").status())
        .isEqualTo(200);
  }

  @Test
  void anAdministratorChangesPicturesAndDeletesAUsersCar() {
    String car = cars(client) + admin.post(cars(client), car("ADM 1")).text("id") + "/";

    JsonNode put =
        assertCar(
            admin.put(
                car,
                Map.of(
                    "brand", "Honda", "model", "Civic", "year", 2022, "color", "Black", "license",
                    "ADM 1", "mileage", 6000)),
            200);
    JsonNode pictured =
        assertCar(
            Garage.upload(admin, "POST", car + "upload-image/", "car.webp", GarageFixtures.WEBP),
            200);

    assertThat(put.path("color").asText()).isEqualTo("Black");
    assertThat(put.path("mileage").asInt()).isEqualTo(6000);
    assertThat(pictured.path("image").asText()).endsWith(".webp");
    assertThat(assertCar(admin.get(car), 200).path("image")).isEqualTo(pictured.path("image"));
    assertThat(admin.delete(car).status()).isEqualTo(204);
    assertRefused(admin.get(car), 404, null);
    assertThat(server.api().download(pictured.path("image").asText()).status()).isEqualTo(404);
  }

  @Test
  void theUsersDetail_nowIncludesTheirCars() {
    Accounts.Signed owner = Accounts.customer(server, "detailed");
    String first = owner.api().post("/api/cars/", car("DTL 1")).text("id");
    String second = admin.post(cars(owner), car("DTL 2")).text("id");

    Api.Reply detail = admin.get("/api/admin/users/" + owner.id() + "/");

    assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
    JsonNode body = detail.json();
    assertThat(body.path("username").asText()).isEqualTo("detailed");
    assertThat(body.path("role").asText()).isEqualTo("client");
    assertThat(body.path("cars"))
        .extracting(c -> c.path("id").asText())
        .containsExactly(first, second);
    assertThat(MyCarsCarAnswers.fields(body.path("cars").get(0)))
        .isEqualTo(MyCarsCarAnswers.CAR_FIELDS);
    assertThat(body.toString()).doesNotContain("password");
  }

  @Test
  void aCarOfAnotherUser_isNotFoundUnderThisOne_andStaysAsItWas() {
    String othersCar = otherClient.api().post("/api/cars/", car("OTH 1")).text("id");
    String path = cars(client) + othersCar + "/";

    assertRefused(admin.get(path), 404, null);
    assertRefused(admin.put(path, car("OTH 2")), 404, null);
    assertRefused(admin.delete(path), 404, null);
    assertRefused(
        Garage.upload(admin, "POST", path + "upload-image/", "a.png", GarageFixtures.PNG),
        404,
        null);
    JsonNode kept = otherClient.api().get("/api/cars/" + othersCar + "/").json();
    assertThat(kept.path("license").asText()).isEqualTo("OTH1");
    assertThat(kept.path("image").isNull()).isTrue();
  }

  @Test
  void unknownUsersOrMalformedIds_areNotFound_andStaffKeepNoCars() {
    assertRefused(admin.get("/api/admin/users/" + UUID.randomUUID() + "/cars/"), 404, null);
    assertRefused(
        admin.post("/api/admin/users/" + UUID.randomUUID() + "/cars/", car("NOB 1")), 404, null);
    assertRefused(admin.get("/api/admin/users/7/cars/"), 404, null);
    assertRefused(admin.get(cars(client) + "seven/"), 404, null);
    String staffId = Accounts.logIn(server, "carboss_staff").id();
    assertRefused(admin.post("/api/admin/users/" + staffId + "/cars/", car("STF 9")), 422, null);
  }

  @Test
  void badFields_areRefusedUnderTheSeedsNames() {
    assertCar(admin.post(cars(client), car("TAKEN 1")), 201);

    assertRefused(admin.post(cars(otherClient), car("taken1")), 400, "license");
    assertRefused(admin.post(cars(otherClient), Map.of("brand", "Kia")), 400, "license");
  }

  @Test
  void onlyAdministrators_useTheAdminCarRoutes_evenForTheirOwnCars() {
    String own = client.api().post("/api/cars/", car("OWN 1")).text("id");
    Api mechanic = Accounts.mechanic(server, "wrench").api();
    for (Api caller : List.of(client.api(), otherClient.api(), mechanic)) {
      assertRefused(caller.get(cars(client)), 403, null);
      assertRefused(caller.post(cars(client), car("NOPE 1")), 403, null);
      assertRefused(caller.put(cars(client) + own + "/", car("OWN 1")), 403, null);
      assertRefused(caller.delete(cars(client) + own + "/"), 403, null);
      assertRefused(
          Garage.upload(
              caller, "POST", cars(client) + own + "/upload-image/", "a.png", GarageFixtures.PNG),
          403,
          null);
    }
    assertRefused(server.api().get(cars(client)), 401, null);
    assertThat(client.api().get("/api/cars/" + own + "/").json().path("image").isNull()).isTrue();
  }
}

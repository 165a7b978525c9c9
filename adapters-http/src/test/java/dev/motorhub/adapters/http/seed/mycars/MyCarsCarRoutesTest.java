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
import dev.motorhub.application.shared.CoreSettings;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 003's {@code /api/cars/}: a client's cars, in the seed's paths, bodies and shapes. */
class MyCarsCarRoutesTest {
  static TestServer server;
  static Accounts.Signed john;
  static Accounts.Signed jane;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    john = Accounts.customer(server, "john_doe");
    jane = Accounts.customer(server, "jane_smith");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aClientCreatesACar_andReadsItBack_inTheSeedsShape() {
    JsonNode created = assertCar(john.api().post("/api/cars/", car("abc 123")), 201);

    assertThat(created.path("license").asText()).isEqualTo("ABC123");
    assertThat(created.path("owner").asText()).isEqualTo(john.id());
    assertThat(created.path("owner_name").asText()).isEqualTo("Firstjohn_doe Lastjohn_doe");
    assertThat(created.path("owner_username").asText()).isEqualTo("john_doe");
    assertThat(created.path("vin").asText()).isEqualTo("1HGBH41JXMN109186");
    assertThat(created.path("image").isNull()).isTrue();
    String path = "/api/cars/" + created.path("id").asText() + "/";
    assertThat(assertCar(john.api().get(path), 200)).isEqualTo(created);
    assertThat(assertCar(john.api().token(john.accessToken()).get(path), 200)).isEqualTo(created);
  }

  @Test
  void carsSentAsFormsOrMultipart_areCreatedToo_withoutVinOrNotes() {
    JsonNode form =
        assertCar(
            john.api()
                .form(
                    "POST",
                    "/api/cars/",
                    Map.of("brand", "Honda", "model", "Civic", "year", "2022", "license", "FORM1")),
            201);
    JsonNode multipart =
        assertCar(
            john.api()
                .multipart(
                    "POST",
                    "/api/cars",
                    Map.of(
                        "brand", "Mazda", "model", "Demio", "year", "2016", "license", "MULTI1")),
            201);

    assertThat(form.path("vin").asText()).isEmpty();
    assertThat(form.path("notes").asText()).isEmpty();
    assertThat(form.path("mileage").asInt()).isZero();
    assertThat(multipart.path("license").asText()).isEqualTo("MULTI1");
  }

  @Test
  void theList_isTheClientsOwnCars_asAPlainArray() {
    Accounts.Signed lister = Accounts.customer(server, "lister");
    assertCar(lister.api().post("/api/cars/", car("LST 1")), 201);
    assertCar(lister.api().post("/api/cars/", car("LST 2")), 201);
    assertCar(jane.api().post("/api/cars/", car("JANE 1")), 201);

    Api.Reply mine = lister.api().get("/api/cars/");
    Api.Reply filtered = lister.api().get("/api/cars?license=lst%202");

    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().isArray()).isTrue();
    assertThat(mine.json())
        .extracting(c -> c.path("license").asText())
        .containsExactly("LST1", "LST2");
    assertThat(filtered.json()).extracting(c -> c.path("license").asText()).containsExactly("LST2");
  }

  @Test
  void putReplaces_patchChangesWhatItNames_deleteRemoves() {
    String path = "/api/cars/" + john.api().post("/api/cars/", car("CHG 1")).text("id") + "/";

    JsonNode put =
        assertCar(
            john.api()
                .put(
                    path,
                    Map.of(
                        "brand", "Toyota", "model", "Camry", "year", 2023, "color", "Red",
                        "license", "CHG 1", "mileage", 16000)),
            200);
    JsonNode patched =
        assertCar(john.api().patch(path, Map.of("mileage", 17000, "notes", "Oil changed")), 200);

    assertThat(put.path("color").asText()).isEqualTo("Red");
    assertThat(put.path("mileage").asInt()).isEqualTo(16000);
    assertThat(patched.path("mileage").asInt()).isEqualTo(17000);
    assertThat(patched.path("notes").asText()).isEqualTo("Oil changed");
    assertThat(patched.path("color").asText()).isEqualTo("Red");
    assertThat(assertRefused(john.api().put(path, Map.of("mileage", 1)), 400, "license"))
        .isEqualTo("This field is required.");
    assertThat(john.api().delete(path).status()).isEqualTo(204);
    assertRefused(john.api().get(path), 404, null);
  }

  @Test
  void uploadImage_picturesTheCar_atAnAddressAnyoneMayFetch() {
    String path = "/api/cars/" + john.api().post("/api/cars/", car("IMG 1")).text("id") + "/";

    JsonNode pictured =
        assertCar(
            Garage.upload(
                john.api().token(john.accessToken()),
                "POST",
                path + "upload-image/",
                "car.png",
                GarageFixtures.PNG),
            200);

    String image = pictured.path("image").asText();
    assertThat(image).startsWith("/media/vehicles/").endsWith(".png");
    Api.Download fetched = server.api().download(image);
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.body()).isEqualTo(GarageFixtures.PNG);
    assertThat(john.api().get(path).json().path("image").asText()).isEqualTo(image);
  }

  @Test
  void uploadImage_refusesAScriptNamedPng_anEmptyFile_andAnImageOverTheLimit() {
    String path = "/api/cars/" + john.api().post("/api/cars/", car("IMG 2")).text("id") + "/";
    byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

    assertThat(
            assertRefused(
                Garage.upload(john.api(), "POST", path + "upload-image/", "car.png", script),
                400,
                "image"))
        .contains("JPEG, PNG or WebP");
    assertRefused(
        Garage.upload(john.api(), "POST", path + "upload-image/", "car.png", new byte[0]),
        400,
        "image");
    assertRefused(john.api().post(path + "upload-image/", Map.of()), 400, "image");
    byte[] huge = Garage.png(CoreSettings.defaults().maxImageBytes() + 1);
    assertThat(
            assertRefused(
                Garage.upload(john.api(), "POST", path + "upload-image/", "huge.png", huge),
                413,
                null))
        .contains("5 MiB");
    assertThat(john.api().get(path).json().path("image").isNull()).isTrue();
  }

  @Test
  void badFields_areRefusedUnderTheSeedsNames() {
    Map<String, Object> badVin = new HashMap<>(car("BAD 1"));
    badVin.put("vin", "1HGBH41J1MN109186");
    Map<String, Object> badYear = new HashMap<>(car("BAD 2"));
    badYear.put("year", "next");

    assertThat(assertRefused(john.api().post("/api/cars/", badVin), 400, "vin"))
        .contains("check digit");
    assertRefused(john.api().post("/api/cars/", badYear), 400, "year");
    assertRefused(john.api().post("/api/cars/", Map.of("license", "AB/12")), 400, "license");
    Api.Reply empty = john.api().post("/api/cars/", Map.of());
    assertRefused(empty, 400, "brand");
    assertThat(MyCarsCarAnswers.fields(empty.json()))
        .containsExactlyInAnyOrder("brand", "model", "year", "license");
    assertRefused(john.api().get("/api/cars/?year=soon"), 400, "year");
  }

  @Test
  void aLicenseRegisteredAlready_howeverSpacedOrCased_isA400OnLicense() {
    assertCar(john.api().post("/api/cars/", car("DUP 042")), 201);

    assertThat(assertRefused(jane.api().post("/api/cars/", car("dup042")), 400, "license"))
        .isEqualTo("A vehicle with this licence plate is already registered.");
    assertRefused(jane.api().post("/api/cars/", car(" D U P 0 4 2 ")), 400, "license");
  }

  @Test
  void malformedBodiesUnknownCarsAndStrangers_areClearRefusals() {
    String path = "/api/cars/" + john.api().post("/api/cars/", car("MAL 1")).text("id") + "/";

    assertRefused(john.api().post("/api/cars/", "{\"brand\": "), 400, null);
    assertRefused(john.api().patch(path, "[]"), 400, null);
    assertRefused(john.api().get("/api/cars/" + UUID.randomUUID() + "/"), 404, null);
    assertRefused(john.api().get("/api/cars/42/"), 404, null);
    assertRefused(jane.api().get(path), 404, null);
    assertRefused(jane.api().delete(path), 404, null);
    assertThat(assertRefused(server.api().get("/api/cars/"), 401, null))
        .isEqualTo("Authentication credentials were not provided.");
    assertThat(john.api().get(path).status()).isEqualTo(200);
  }
}

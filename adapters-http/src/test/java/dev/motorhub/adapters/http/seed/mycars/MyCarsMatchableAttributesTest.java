package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.mycars.MyCarsCarAnswers.assertCar;
import static dev.motorhub.adapters.http.seed.mycars.MyCarsCarAnswers.assertRefused;
import static dev.motorhub.adapters.http.seed.mycars.MyCarsCarAnswers.car;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's cars know nothing of the matchable attributes /v1 records: they answer in the seed's
 * shape whatever a vehicle records, ignore those fields when sent, and keep what /v1 set. Their
 * brand and colour are checked against the catalogue as on /v1 (staff keep brands and colours
 * here), refused in the seed's dialect.
 */
class MyCarsMatchableAttributesTest {
  static TestServer server;
  static Accounts.Signed john;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    john = Accounts.customer(server, "john_doe");
    Api staff = Accounts.administrator(server, "keeper", Role.STAFF).api();
    staff.post("/v1/catalogue", Map.of("attribute", "fuel", "code", "petrol", "name", "Petrol"));
    staff.post("/v1/catalogue", Map.of("attribute", "brand", "code", "toyota", "name", "Toyota"));
    staff.post("/v1/catalogue", Map.of("attribute", "colour", "code", "blue", "name", "Blue"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aCarRecordingAttributes_isAnsweredInTheSeedsShape_andKeepsThemThroughSeedChanges() {
    Map<String, Object> vehicle = new HashMap<>(car("ATR 100"));
    vehicle.put("license_plate", vehicle.remove("license"));
    vehicle.put("fuel", "petrol");
    vehicle.put("location", "nairobi");
    Api.Reply created = john.api().post("/v1/vehicles", vehicle);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String seedPath = "/api/cars/" + created.text("id") + "/";

    assertCar(john.api().get(seedPath), 200);
    JsonNode changed = assertCar(john.api().patch(seedPath, Map.of("mileage", 16000)), 200);
    assertCar(john.api().put(seedPath, car("ATR 100")), 200);

    assertThat(changed.path("mileage").asInt()).isEqualTo(16000);
    Api.Reply read = john.api().get("/v1/vehicles/" + created.text("id"));
    assertThat(read.text("fuel")).isEqualTo("petrol");
    assertThat(read.text("location")).isEqualTo("nairobi");
  }

  @Test
  void aBrandOrColourNotInTheCatalogue_isRefusedOnItsField_inTheSeedsDialect() {
    Map<String, Object> lada = new HashMap<>(car("ATR 102"));
    lada.put("brand", "Lada");

    assertThat(assertRefused(john.api().post("/api/cars/", lada), 400, "brand"))
        .isEqualTo("Not a brand in the catalogue: lada.");
    JsonNode created = assertCar(john.api().post("/api/cars/", car("ATR 102")), 201);
    String path = "/api/cars/" + created.path("id").asText() + "/";
    assertThat(assertRefused(john.api().patch(path, Map.of("color", "Red")), 400, "color"))
        .isEqualTo("Not a colour in the catalogue: red.");
    assertThat(assertRefused(john.api().put(path, lada), 400, "brand"))
        .isEqualTo("Not a brand in the catalogue: lada.");
  }

  @Test
  void attributesSentToTheSeed_areIgnored_asTheSeedAlwaysDid() {
    Map<String, Object> sent = new HashMap<>(car("ATR 101"));
    sent.put("fuel", "not a code!");

    JsonNode created = assertCar(john.api().post("/api/cars/", sent), 201);

    Api.Reply read = john.api().get("/v1/vehicles/" + created.path("id").asText());
    assertThat(read.json().path("fuel").isNull()).isTrue();
  }
}

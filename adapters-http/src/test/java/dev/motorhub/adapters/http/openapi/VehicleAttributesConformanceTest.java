package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A vehicle's location, body type, fuel and transmission on {@code /v1}, every response checked
 * against the OpenAPI document: set and returned by the garage, checked against the catalogue where
 * staff keep values (fuels and transmissions here, no body types), and matched by saved searches
 * that name them.
 */
class VehicleAttributesConformanceTest {
  static TestServer server;
  static ConformingApi staff;
  static Api staffApi;
  static ConformingApi anonymous;
  static Accounts.Signed olive;
  static ConformingApi seller;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    anonymous = new ConformingApi(server.api(), OpenApiDocument.load());
    Accounts.Signed keeper = Accounts.administrator(server, "keeper", Role.STAFF);
    staffApi = server.api().bearer(keeper.accessToken());
    staff = anonymous.bearer(keeper.accessToken());
    CatalogueValues.keep(
        staff,
        new String[][] {
          {"fuel", "electric"},
          {"fuel", "petrol"},
          {"transmission", "automatic"},
          {"transmission", "manual"},
          {"location", "nairobi"}
        });
    olive = Accounts.customer(server, "olive");
    seller = anonymous.bearer(olive.accessToken());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Map<String, Object> car(
      String plate, String location, String bodyType, String fuel, String transmission) {
    Map<String, Object> car = Garage.vehicle(plate);
    String[] fields = {"location", "body_type", "fuel", "transmission"};
    String[] values = {location, bodyType, fuel, transmission};
    for (int i = 0; i < fields.length; i++) {
      if (values[i] != null) {
        car.put(fields[i], values[i]);
      }
    }
    return car;
  }

  private static Api.Reply created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply;
  }

  @Test
  void aVehicleRecordsItsAttributes_onCreateAndChange_andReturnsThem() {
    Api.Reply created =
        created(
            seller.post("/v1/vehicles", car("ATT 001", "Nairobi", "SUV", "ELECTRIC", "Automatic")));
    JsonNode vehicle = created.json();
    assertThat(vehicle.path("location").asText()).isEqualTo("nairobi");
    assertThat(vehicle.path("body_type").asText()).isEqualTo("suv");
    assertThat(vehicle.path("fuel").asText()).isEqualTo("electric");
    assertThat(vehicle.path("transmission").asText()).isEqualTo("automatic");
    String path = created.header("Location");
    assertThat(seller.get(path).json()).isEqualTo(vehicle);

    Api.Reply patched = seller.patch(path, body("fuel", "petrol", "body_type", ""));
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.text("fuel")).isEqualTo("petrol");
    assertThat(patched.json().path("body_type").isNull()).isTrue();
    assertThat(patched.text("location")).isEqualTo("nairobi");

    Api.Reply replaced = seller.put(path, car("ATT 001", "nairobi", "pickup", null, "manual"));
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.text("body_type")).isEqualTo("pickup");
    assertThat(replaced.text("fuel")).isEqualTo("petrol");
    assertThat(replaced.text("transmission")).isEqualTo("manual");

    Api.Reply plain = created(seller.post("/v1/vehicles", Garage.vehicle("ATT 002")));
    for (String field : List.of("location", "body_type", "fuel", "transmission")) {
      assertThat(plain.json().path(field).isNull()).as(field).isTrue();
    }
  }

  @Test
  void aCodeTheCatalogueDoesNotHave_orAMalformedOne_isRefusedOnItsField() {
    Api.Reply unknown =
        seller.post("/v1/vehicles", car("ATT 010", "mombasa", null, "diesel", null));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.json().path("errors").path("fuel").get(0).asText())
        .isEqualTo("Not a fuel in the catalogue: diesel.");
    assertThat(unknown.json().path("errors").path("location").get(0).asText())
        .isEqualTo("Not a location in the catalogue: mombasa.");
    assertThat(seller.get("/v1/vehicles?license_plate=ATT010").json().path("items")).isEmpty();

    String path = "/v1/vehicles/" + Garage.register(olive.api(), "ATT 011");
    Api.Reply patched = seller.patch(path, body("transmission", "cvt"));
    assertThat(patched.status()).as(patched.toString()).isEqualTo(400);
    assertThat(patched.json().path("errors").path("transmission").get(0).asText())
        .isEqualTo("Not a transmission in the catalogue: cvt.");
    Api.Reply malformed = seller.patch(path, body("body_type", "4x4", "location", "x"));
    assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
    assertThat(malformed.json().path("errors").has("body_type")).isTrue();
    assertThat(malformed.json().path("errors").has("location")).isTrue();
    Api.Reply notText = seller.patch(path, body("fuel", List.of("petrol")));
    assertThat(notText.status()).as(notText.toString()).isEqualTo(400);
    assertThat(notText.json().path("errors").path("fuel").get(0).asText())
        .isEqualTo("Not a valid string.");
  }

  @Test
  void aSearchRequiringAnElectricCar_matchesTheElectricOne_notThePetrolOne() {
    String service = Market.service(staffApi, "sell", "10.00");
    String electric =
        Market.trade(
            olive.api(),
            created(
                    seller.post(
                        "/v1/vehicles",
                        car("ATT 020", "nairobi", "hatchback", "electric", "automatic")))
                .text("id"),
            service);
    String petrol =
        Market.trade(
            olive.api(),
            created(
                    seller.post(
                        "/v1/vehicles", car("ATT 021", "nairobi", "saloon", "petrol", "manual")))
                .text("id"),
            service);
    ConformingApi buyer = anonymous.bearer(Accounts.customer(server, "bruno").accessToken());

    Api.Reply saved =
        buyer.post(
            "/v1/preferences",
            body(
                "name",
                "Electric, automatic if I can",
                "fuels",
                List.of("electric"),
                "transmissions",
                List.of("Automatic"),
                "required",
                List.of("fuels"),
                "weights",
                Map.of("transmissions", 2)));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    assertThat(saved.json().path("transmissions").get(0).asText()).isEqualTo("automatic");

    Api.Reply matches = buyer.get("/v1/matches?min_score=0");
    List<String> trades = new ArrayList<>();
    matches.json().path("items").forEach(m -> trades.add(m.path("trade_id").asText()));
    assertThat(trades).containsExactly(electric).doesNotContain(petrol);
    JsonNode match = matches.json().path("items").get(0);
    assertThat(match.path("vehicle").path("fuel").asText()).isEqualTo("electric");
    assertThat(match.path("vehicle").path("transmission").asText()).isEqualTo("automatic");
    assertThat(match.path("score").asInt()).isEqualTo(100);
    List<String> why = new ArrayList<>();
    match.path("explanations").forEach(e -> why.add(e.path("text").asText()));
    assertThat(why).containsExactly("fuel matches", "transmission matches");

    Api.Reply bad =
        buyer.post("/v1/preferences", body("name", "x", "transmissions", List.of("cvt")));
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.json().path("errors").path("transmissions").get(0).asText())
        .isEqualTo("Not a transmission in the catalogue: cvt.");
  }
}

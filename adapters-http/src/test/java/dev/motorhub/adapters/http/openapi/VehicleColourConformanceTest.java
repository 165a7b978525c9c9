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
 * A vehicle's brand and colour on {@code /v1}, every response checked against the OpenAPI document:
 * free text known by its code, which must be in the catalogue where staff keep brands and colours
 * (both here), and saved searches that ask for a colour.
 */
class VehicleColourConformanceTest {
  static TestServer server;
  static ConformingApi anonymous;
  static Api staffApi;
  static Accounts.Signed olive;
  static ConformingApi seller;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    anonymous = new ConformingApi(server.api(), OpenApiDocument.load());
    Accounts.Signed keeper = Accounts.administrator(server, "keeper", Role.STAFF);
    staffApi = server.api().bearer(keeper.accessToken());
    ConformingApi staff = anonymous.bearer(keeper.accessToken());
    CatalogueValues.keep(
        staff,
        new String[][] {
          {"brand", "toyota"},
          {"brand", "land_rover"},
          {"colour", "pearl_white"},
          {"colour", "black"}
        });
    olive = Accounts.customer(server, "olive");
    seller = anonymous.bearer(olive.accessToken());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Map<String, Object> car(String plate, String brand, String colour) {
    Map<String, Object> car = Garage.vehicle(plate);
    car.put("brand", brand);
    car.put("color", colour);
    return car;
  }

  private static String created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.text("id");
  }

  private static void assertRefused(Api.Reply reply, String field, String message) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().path("errors").path(field).get(0).asText()).isEqualTo(message);
  }

  @Test
  void aBrandOrColourNotInTheCatalogue_isRefusedOnItsField_onRegistrationAndChange() {
    Api.Reply refused = seller.post("/v1/vehicles", car("CLR 001", "Lada", "Dark Red"));
    assertRefused(refused, "brand", "Not a brand in the catalogue: lada.");
    assertRefused(refused, "color", "Not a colour in the catalogue: dark_red.");
    assertThat(seller.get("/v1/vehicles?license_plate=CLR001").json().path("items")).isEmpty();

    String path =
        "/v1/vehicles/" + created(seller.post("/v1/vehicles", car("CLR 002", "Land Rover", "")));
    assertRefused(
        seller.patch(path, body("brand", "Citroën")),
        "brand",
        "Not a brand in the catalogue: Citroën.");
    assertRefused(
        seller.put(path, car("CLR 002", "Land Rover", "Blue")),
        "color",
        "Not a colour in the catalogue: blue.");
    Api.Reply changed = seller.patch(path, body("color", "Pearl White"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.text("brand")).isEqualTo("Land Rover");
    assertThat(changed.text("color")).isEqualTo("Pearl White");
  }

  @Test
  void aSearchRequiringAColour_matchesTheCarsOfThatColourOnly() {
    String service = Market.service(staffApi, "sell", "10.00");
    String white =
        Market.trade(
            olive.api(),
            created(seller.post("/v1/vehicles", car("CLR 010", "Toyota", "Pearl White"))),
            service);
    String black =
        Market.trade(
            olive.api(),
            created(seller.post("/v1/vehicles", car("CLR 011", "Toyota", "black"))),
            service);
    Market.trade(
        olive.api(), created(seller.post("/v1/vehicles", car("CLR 012", "Toyota", ""))), service);
    ConformingApi buyer = anonymous.bearer(Accounts.customer(server, "bruno").accessToken());

    Api.Reply saved =
        buyer.post(
            "/v1/preferences",
            body(
                "name",
                "Pearl white",
                "colours",
                List.of("Pearl_White"),
                "required",
                List.of("colours")));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    assertThat(saved.json().path("colours").get(0).asText()).isEqualTo("pearl_white");

    Api.Reply matches = buyer.get("/v1/matches?min_score=0");
    List<String> trades = new ArrayList<>();
    matches.json().path("items").forEach(m -> trades.add(m.path("trade_id").asText()));
    assertThat(trades).containsExactly(white).doesNotContain(black);
    JsonNode match = matches.json().path("items").get(0);
    assertThat(match.path("vehicle").path("color").asText()).isEqualTo("Pearl White");
    assertThat(match.path("explanations").get(0).path("criterion").asText()).isEqualTo("colours");
    assertThat(match.path("explanations").get(0).path("text").asText()).isEqualTo("colour matches");

    String path = "/v1/preferences/" + saved.text("id");
    Api.Reply weighted =
        buyer.patch(path, body("colours", List.of("black"), "required", List.of()));
    assertThat(weighted.status()).as(weighted.toString()).isEqualTo(200);
    List<String> why = new ArrayList<>();
    buyer
        .get("/v1/matches?min_score=0")
        .json()
        .path("items")
        .forEach(m -> why.add(m.path("explanations").get(0).path("text").asText()));
    assertThat(why)
        .containsExactlyInAnyOrder(
            "colour matches",
            "colour pearl_white is not one you named",
            "colour not recorded for this vehicle");

    assertRefused(
        buyer.post("/v1/preferences", body("name", "x", "colours", List.of("red"))),
        "colours",
        "Not a colour in the catalogue: red.");
    assertRefused(
        buyer.patch(path, body("colours", List.of("pearl white"))),
        "colours",
        "Use a code of 2 to 40 lower-case letters, digits or _, such as land_rover.");
  }
}

package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sale's handover over HTTP: the sold car waits in the seller's garage until the seller records
 * its handover, then it is in the buyer's garage with its plate; the trade shows the handover and
 * both parties read of it in their notifications.
 */
class HandoverFlowTest {
  static TestServer server;
  static Api staff;
  Accounts.Signed olive;
  Accounts.Signed bruno;
  String car;
  String sale;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "marshal", Role.STAFF).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Olive sells a car to Bruno. */
  @BeforeEach
  void oliveSellsACarToBruno() {
    olive = Accounts.customer(server, Matrix.unique("olive"));
    bruno = Accounts.customer(server, Matrix.unique("bruno"));
    car = Market.vehicle(server, olive.accessToken());
    sale = Market.trade(olive.api(), car, Market.service(staff, "sell", "10.00"));
    String offer = Market.offer(olive.api(), sale, "8000.00");
    assertThat(bruno.api().post("/v1/proposals/" + offer + "/accept", Map.of()).status())
        .isEqualTo(200);
  }

  @Test
  void theSellerHandsTheCarOver_andItMovesToTheBuyersGarage() {
    JsonNode pending = olive.api().get("/v1/trades/" + sale).json().path("handover");
    assertThat(pending.path("status").asText()).isEqualTo("pending");
    assertThat(pending.path("at").isNull()).isTrue();
    String plate = olive.api().get("/v1/vehicles/" + car).text("license_plate");

    Api.Reply handedOver = olive.api().post("/v1/trades/" + sale + "/handover", Map.of());

    assertThat(handedOver.status()).isEqualTo(200);
    assertThat(handedOver.text("status")).isEqualTo("closed");
    JsonNode done = handedOver.json().path("handover");
    assertThat(done.path("status").asText()).isEqualTo("done");
    assertThat(done.path("at").asText()).endsWith("Z");
    assertThat(done.path("recorded_by").asText()).isEqualTo(olive.id());
    assertThat(handedOver.json().at("/vehicle/owner_id").asText()).isEqualTo(bruno.id());
    assertThat(garage(bruno)).containsExactly(car);
    assertThat(garage(olive)).isEmpty();
    assertThat(bruno.api().get("/v1/vehicles/" + car).text("license_plate")).isEqualTo(plate);
    assertThat(olive.api().get("/v1/vehicles/" + car).status()).isEqualTo(404);
    assertThat(bruno.api().get("/v1/trades/" + sale).json().at("/handover/status").asText())
        .isEqualTo("done");
  }

  @Test
  void bothPartiesReadOfTheSaleAndOfTheHandover() {
    olive.api().post("/v1/trades/" + sale + "/handover", Map.of());

    for (Accounts.Signed party : List.of(olive, bruno)) {
      assertThat(kinds(party)).containsSubsequence("vehicle_handed_over", "handover_pending");
    }
  }

  @Test
  void refusals_sayWhy() {
    Api.Reply byBuyer = bruno.api().post("/v1/trades/" + sale + "/handover", Map.of());
    assertProblem(byBuyer, 403);
    assertThat(byBuyer.text("detail"))
        .isEqualTo("Only the seller or staff record that the vehicle was handed over.");
    Api.Reply change = olive.api().patch("/v1/vehicles/" + car, Map.of("mileage", 1));
    assertProblem(change, 422);
    assertThat(change.text("detail")).contains("waits to be handed over to its buyer");

    assertThat(staff.post("/v1/trades/" + sale + "/handover", Map.of()).status()).isEqualTo(200);
    Api.Reply twice = olive.api().post("/v1/trades/" + sale + "/handover", Map.of());
    assertProblem(twice, 422);
    assertThat(twice.text("detail")).isEqualTo("The vehicle was handed over already.");
    assertThat(olive.api().post("/v1/trades/not-a-trade/handover", Map.of()).status())
        .isEqualTo(404);
  }

  private static List<String> garage(Accounts.Signed owner) {
    return owner.api().get("/v1/vehicles").json().path("items").findValuesAsText("id");
  }

  private static List<String> kinds(Accounts.Signed user) {
    return user.api().get("/v1/notifications").json().path("items").findValuesAsText("kind");
  }
}

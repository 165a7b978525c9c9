package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The garage on {@code /v1}: a customer's vehicles and staff's view of every garage. */
class VehicleRoutesTest {
  static TestServer server;
  static Accounts.Signed alice;
  static Accounts.Signed bob;
  static Api staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    alice = Accounts.customer(server, "alice");
    bob = Accounts.customer(server, "bob");
    staff = Accounts.administrator(server, "keeper", Role.STAFF).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aCustomerRegistersAVehicle_andReadsItBack_inTheApisShape() {
    Api.Reply created = alice.api().post("/v1/vehicles", Garage.vehicle("kda 042 x"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode vehicle = created.json();
    assertThat(created.header("Location")).isEqualTo("/v1/vehicles/" + vehicle.path("id").asText());
    assertThat(vehicle.path("owner_id").asText()).isEqualTo(alice.id());
    assertThat(vehicle.path("license_plate").asText()).isEqualTo("KDA042X");
    assertThat(vehicle.path("vin").asText()).isEqualTo(Garage.VIN);
    assertThat(vehicle.path("year").asInt()).isEqualTo(2023);
    assertThat(vehicle.path("mileage").asLong()).isEqualTo(15000);
    assertThat(vehicle.path("image").isNull()).isTrue();
    assertThat(vehicle.path("awaiting_handover_to").isNull()).isTrue();
    assertThat(vehicle.path("created_at").asText()).endsWith("Z");
    List<String> fields = new ArrayList<>();
    vehicle.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "id",
            "owner_id",
            "brand",
            "model",
            "year",
            "color",
            "license_plate",
            "vin",
            "mileage",
            "notes",
            "image",
            "awaiting_handover_to",
            "created_at",
            "updated_at",
            "location",
            "body_type",
            "fuel",
            "transmission");
    assertThat(alice.api().get(created.header("Location")).json()).isEqualTo(vehicle);
  }

  @Test
  void aVehicleSentAsAFormOrMultipart_isRegisteredToo() {
    Api.Reply form =
        bob.api()
            .form(
                "POST",
                "/v1/vehicles",
                Map.of("brand", "Honda", "model", "Civic", "year", "2022", "license", "FRM 1"));
    Api.Reply multipart =
        bob.api()
            .multipart(
                "POST",
                "/v1/vehicles",
                Map.of(
                    "brand", "Mazda", "model", "CX-5", "year", "2021", "license_plate", "MPT 1"));

    assertThat(form.status()).as(form.toString()).isEqualTo(201);
    assertThat(form.text("license_plate")).isEqualTo("FRM1");
    assertThat(form.json().path("mileage").asInt()).isZero();
    assertThat(form.json().path("vin").isNull()).isTrue();
    assertThat(multipart.status()).as(multipart.toString()).isEqualTo(201);
  }

  @Test
  void staffRegisterAVehicleForACustomer_namingTheOwner() {
    Map<String, Object> body = Garage.vehicle("STF 001");
    body.put("owner_id", bob.id());

    Api.Reply created = staff.post("/v1/vehicles", body);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.text("owner_id")).isEqualTo(bob.id());
    assertThat(bob.api().get("/v1/vehicles/" + created.text("id")).status()).isEqualTo(200);
  }

  @Test
  void aPartialChange_keepsWhatItLeavesOut_aFullOneNeedsTheRequiredFields() {
    String path = "/v1/vehicles/" + Garage.register(alice.api(), "CHG 001");

    Api.Reply patched = alice.api().patch(path, Map.of("mileage", 17000, "notes", "Oil changed"));
    Api.Reply incomplete = alice.api().put(path, Map.of("mileage", 18000));
    Api.Reply replaced =
        alice
            .api()
            .put(
                path,
                Map.of(
                    "brand",
                    "Toyota",
                    "model",
                    "Camry",
                    "year",
                    2023,
                    "color",
                    "Red",
                    "license_plate",
                    "CHG 001",
                    "mileage",
                    18000));

    assertThat(patched.json().path("mileage").asInt()).isEqualTo(17000);
    assertThat(patched.text("notes")).isEqualTo("Oil changed");
    assertThat(patched.text("color")).isEqualTo("Blue");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().path("errors").properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("brand", "model", "year", "license_plate");
    assertThat(replaced.text("color")).isEqualTo("Red");
    assertThat(replaced.text("notes")).isEqualTo("Oil changed");
    assertThat(replaced.text("vin")).isEqualTo(Garage.VIN);
  }

  @Test
  void aRemovedVehicle_isGone() {
    String path = "/v1/vehicles/" + Garage.register(alice.api(), "DEL 001");

    assertThat(alice.api().delete(path).status()).isEqualTo(204);

    assertThat(alice.api().get(path).status()).isEqualTo(404);
    assertThat(alice.api().delete(path).status()).isEqualTo(404);
  }

  @Test
  void lists_filterAndPage_aCustomerSeesOnlyTheirOwn() {
    Accounts.Signed carol = Accounts.customer(server, "carol");
    for (String plate : List.of("LST 001", "LST 002", "LST 003")) {
      Garage.register(carol.api(), plate);
    }
    Map<String, Object> honda = Garage.vehicle("LST 004");
    honda.put("brand", "Honda");
    honda.put("model", "Fit");
    honda.put("year", 2015);
    carol.api().post("/v1/vehicles", honda);

    Api.Reply first = carol.api().get("/v1/vehicles?limit=2");
    Api.Reply second = carol.api().get("/v1/vehicles?limit=2&cursor=" + first.text("next_cursor"));

    assertThat(plates(first)).containsExactly("LST001", "LST002");
    assertThat(plates(second)).containsExactly("LST003", "LST004");
    assertThat(second.json().path("next_cursor").isNull()).isTrue();
    assertThat(plates(carol.api().get("/v1/vehicles?brand=HON"))).containsExactly("LST004");
    assertThat(plates(carol.api().get("/v1/vehicles?year=2015&model=fi")))
        .containsExactly("LST004");
    assertThat(plates(carol.api().get("/v1/vehicles?license_plate=lst%20002")))
        .containsExactly("LST002");
    assertThat(plates(bob.api().get("/v1/vehicles?owner_id=" + carol.id()))).isEmpty();
    assertThat(plates(staff.get("/v1/vehicles?owner_id=" + carol.id() + "&limit=100")))
        .containsExactly("LST001", "LST002", "LST003", "LST004");
  }

  private static List<String> plates(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<String> plates = new ArrayList<>();
    reply.json().path("items").forEach(v -> plates.add(v.path("license_plate").asText()));
    return plates;
  }
}

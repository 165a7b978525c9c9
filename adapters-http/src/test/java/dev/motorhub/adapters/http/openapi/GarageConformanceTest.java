package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the garage through the real server as its clients would, checking every response against
 * the OpenAPI document ({@link ConformingApi}): every garage operation, its successes and the
 * failures it documents, a sold vehicle's among them.
 */
class GarageConformanceTest {
  /** The parts of the document this test covers. */
  static final Set<String> TAGS = Set.of("vehicles");

  static TestServer server;
  static OpenApiDocument document;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aGaragesLife_getsOnlyDocumentedResponses_andExercisesEveryGarageOperation() {
    ConformingApi anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed alice = Accounts.customer(server, "alice");
    ConformingApi owner = anonymous.with(alice.api());
    ConformingApi other = anonymous.with(Accounts.customer(server, "bob").api());
    ConformingApi staff = anonymous.with(Accounts.administrator(server, "boss", Role.STAFF).api());

    // A customer registers a vehicle, reads, changes and pictures it.
    var created = owner.post("/v1/vehicles", Garage.vehicle("kda 042x"));
    assertThat(created.status()).isEqualTo(201);
    String path = created.header("Location");
    assertThat(owner.get(path).text("license_plate")).isEqualTo("KDA042X");
    assertThat(owner.patch(path, Map.of("mileage", 17000, "vin", "")).json().path("vin").isNull())
        .isTrue();
    Map<String, Object> replacement = Garage.vehicle("KDA 042X");
    replacement.put("color", "Red");
    assertThat(owner.put(path, replacement).text("color")).isEqualTo("Red");
    var pictured = owner.upload("PUT", path + "/image", "image", "car.png", GarageFixtures.PNG);
    assertThat(pictured.text("image")).startsWith("/media/vehicles/");
    assertThat(owner.get(path + "/image").header("Content-Type")).isEqualTo("image/png");
    assertThat(server.api().download(pictured.text("image")).body()).isEqualTo(GarageFixtures.PNG);

    // Lists: one's own garage, staff's view of all, filters and pages.
    Garage.register(alice.api(), "KDA 043X");
    assertThat(owner.get("/v1/vehicles").json().path("items").size()).isEqualTo(2);
    var page = staff.get("/v1/vehicles?owner_id=" + alice.id() + "&limit=1&brand=toy&year=2023");
    assertThat(staff.get("/v1/vehicles?limit=1&cursor=" + page.text("next_cursor")).status())
        .isEqualTo(200);
    assertThat(other.get("/v1/vehicles?license_plate=kda042x").json().path("items")).isEmpty();

    // Staff register a vehicle for a customer.
    Map<String, Object> forAlice = Garage.vehicle("STF 100");
    forAlice.put("owner_id", alice.id());
    assertThat(staff.post("/v1/vehicles", forAlice).text("owner_id")).isEqualTo(alice.id());

    // The failures each operation documents.
    assertThat(anonymous.get("/v1/vehicles").status()).isEqualTo(401);
    assertThat(anonymous.get(path + "/image").status()).isEqualTo(401);
    assertThat(other.get(path).status()).isEqualTo(404);
    assertThat(other.get(path + "/image").status()).isEqualTo(404);
    assertThat(owner.get("/v1/vehicles?year=soon").status()).isEqualTo(400);
    assertThat(owner.post("/v1/vehicles", Map.of("brand", "Toyota")).status()).isEqualTo(400);
    assertThat(other.post("/v1/vehicles", Garage.vehicle("kda042x")).status()).isEqualTo(409);
    assertThat(staff.post("/v1/vehicles", Garage.vehicle("STF 101")).status()).isEqualTo(422);
    Map<String, Object> nobody = Garage.vehicle("STF 102");
    nobody.put("owner_id", UUID.randomUUID().toString());
    assertThat(staff.post("/v1/vehicles", nobody).status()).isEqualTo(404);
    String huge = "{\"notes\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}";
    assertThat(owner.post("/v1/vehicles", huge).status()).isEqualTo(413);
    assertThat(owner.patch(path, huge).status()).isEqualTo(413);
    assertThat(owner.put(path, huge).status()).isEqualTo(413);
    assertThat(owner.patch(path, Map.of("license_plate", "KDA 043X")).status()).isEqualTo(409);
    assertThat(owner.put(path, Map.of("year", 2020)).status()).isEqualTo(400);
    assertThat(owner.patch(path, Map.of("vin", "IOQ")).status()).isEqualTo(400);
    assertThat(other.patch(path, Map.of("mileage", 1)).status()).isEqualTo(404);
    assertThat(other.put(path, replacement).status()).isEqualTo(404);
    byte[] script = "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(owner.upload("PUT", path + "/image", "image", "car.png", script).status())
        .isEqualTo(400);
    byte[] tooLarge = Garage.png(CoreSettings.defaults().maxImageBytes() + 1);
    assertThat(owner.upload("PUT", path + "/image", "image", "big.png", tooLarge).status())
        .isEqualTo(413);
    assertThat(
            other.upload("PUT", path + "/image", "image", "car.png", GarageFixtures.PNG).status())
        .isEqualTo(404);
    assertThat(anonymous.delete(path).status()).isEqualTo(401);
    assertThat(other.delete(path).status()).isEqualTo(404);
    assertThat(owner.delete(path).status()).isEqualTo(204);
    assertThat(owner.get(path).status()).isEqualTo(404);

    Set<String> exercised =
        anonymous.exercised().stream()
            .map(entry -> entry.substring(0, entry.lastIndexOf(" → ")))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> garage =
        document.operationsTagged(TAGS).stream()
            .map(OpenApiDocument.Operation::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(garage).hasSize(8);
    assertThat(exercised).containsAll(garage);
  }

  @Test
  void aSoldVehicleWaitingForItsHandover_refusesEveryChange_asDocumented() {
    ConformingApi anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed carol = Accounts.customer(server, "carol");
    Accounts.Signed dave = Accounts.customer(server, "dave");
    Accounts.Signed keeper = Accounts.administrator(server, "keeper", Role.STAFF);
    ConformingApi seller = anonymous.with(carol.api());
    ConformingApi staff = anonymous.with(keeper.api());
    String car = Market.vehicle(server, carol.accessToken());
    String sale = Market.trade(carol.api(), car, Market.service(keeper.api(), "sell", "10.00"));
    String offer = Market.offer(carol.api(), sale, "8000.00");
    assertThat(dave.api().post("/v1/proposals/" + offer + "/accept", Map.of()).status())
        .isEqualTo(200);
    String path = "/v1/vehicles/" + car;

    assertThat(seller.get(path).text("awaiting_handover_to")).isEqualTo(dave.id());
    assertThat(seller.patch(path, Map.of("mileage", 1)).text("detail"))
        .isEqualTo(Vehicle.AWAITING_HANDOVER);
    assertThat(staff.put(path, Garage.vehicle("SLD 001")).status()).isEqualTo(422);
    assertThat(seller.upload("PUT", path + "/image", "image", "car.png", GarageFixtures.PNG))
        .extracting(Api.Reply::status)
        .isEqualTo(422);
    assertThat(seller.delete(path).status()).isEqualTo(422);
    assertThat(carol.api().post("/v1/trades/" + sale + "/handover", Map.of()).status())
        .isEqualTo(200);
    assertThat(anonymous.with(dave.api()).get(path).json().path("awaiting_handover_to").isNull())
        .isTrue();
  }
}

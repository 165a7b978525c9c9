package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input on the garage routes: every one a clear 4xx naming what is wrong, never a 500. */
class VehicleBadInputTest {
  static TestServer server;
  static Accounts.Signed owner;
  static Api staff;
  static String vehicle;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    owner = Accounts.customer(server, "fussy");
    staff = Accounts.administrator(server, "strict", Role.STAFF).api();
    vehicle = "/v1/vehicles/" + Garage.register(owner.api(), "BAD 001");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> badFields() {
    return Stream.of(
        Arguments.of("vin", "1HGBH41J1MN109186", "check digit"),
        Arguments.of("vin", "1HGBH41JXMO109186", "I, O and Q"),
        Arguments.of("vin", "SHORT", "17 characters"),
        Arguments.of("year", "twenty", "A valid integer is required."),
        Arguments.of("year", 1885, "at least 1886"),
        Arguments.of("year", 2999, "at most"),
        Arguments.of("year", 20.5, "A valid integer is required."),
        Arguments.of("mileage", -1, "between 0 and"),
        Arguments.of("mileage", "far", "A valid integer is required."),
        Arguments.of("license_plate", "AB/12", "letters, digits or hyphens"),
        Arguments.of("license_plate", "X", "2 to 15"),
        Arguments.of("brand", "B".repeat(51), "no more than 50"),
        Arguments.of("brand", Map.of("name", "Toyota"), "Not a valid string."),
        Arguments.of("notes", "a\u0000b", "Null characters are not allowed."),
        Arguments.of("notes", "a\u0007b", "Control characters"),
        Arguments.of("location", "Nairobi West!", "Use a code of 2 to 40"),
        Arguments.of("body_type", "4x4", "Use a code of 2 to 40"),
        Arguments.of("fuel", "e".repeat(41), "Use a code of 2 to 40"),
        Arguments.of("fuel", Map.of("code", "petrol"), "Not a valid string."),
        Arguments.of("transmission", 5, "Not a valid string."));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badFields")
  void aBadField_isInvalidInputOnThatField(String field, Object value, String message) {
    Map<String, Object> body = Garage.vehicle(Matrix.unique("BF"));
    body.put(field, value);

    Api.Reply created = owner.api().post("/v1/vehicles", body);
    Api.Reply patched = owner.api().patch(vehicle, Map.of(field, value));

    for (Api.Reply reply : new Api.Reply[] {created, patched}) {
      assertProblem(reply, 400);
      JsonNode messages = reply.json().path("errors").path(field);
      assertThat(messages.isArray()).as(reply.toString()).isTrue();
      assertThat(messages.get(0).asText()).contains(message);
    }
  }

  @Test
  void everyMissingField_isNamed() {
    Api.Reply reply = owner.api().post("/v1/vehicles", Map.of("color", "Red"));

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("brand", "model", "year", "license_plate");
  }

  @Test
  void aPlateTakenAlready_howeverSpacedOrCased_isAConflictOnThePlate() {
    Garage.register(owner.api(), "KDA 042X");
    Accounts.Signed other = Accounts.customer(server, "copycat");

    for (String plate : new String[] {"KDA 042X", "kda042x", " K D A 0 4 2 X "}) {
      Api.Reply reply = other.api().post("/v1/vehicles", Garage.vehicle(plate));
      assertProblem(reply, 409);
      assertThat(reply.json().path("errors").path("license_plate").get(0).asText())
          .isEqualTo("A vehicle with this licence plate is already registered.");
    }
    assertProblem(owner.api().patch(vehicle, Map.of("license_plate", "kda 042x")), 409);
  }

  @Test
  void aScriptNamedLikeAPicture_isRefusedOnImage() {
    byte[] script = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);

    Api.Reply reply = Garage.upload(owner.api(), vehicle + "/image", "innocent.png", script);

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").path("image").get(0).asText())
        .contains("JPEG, PNG or WebP");
    assertThat(owner.api().get(vehicle).json().path("image").isNull()).isTrue();
  }

  @Test
  void anUploadThatIsNoFile_isRefusedOnImage() {
    Api.Reply json = owner.api().put(vehicle + "/image", Map.of("image", "car.png"));
    Api.Reply field = owner.api().multipart("PUT", vehicle + "/image", Map.of("image", "car.png"));
    Api.Reply other = owner.api().multipart("PUT", vehicle + "/image", Map.of("photo", "x"));
    Api.Reply empty = Garage.upload(owner.api(), vehicle + "/image", "empty.png", new byte[0]);

    assertThat(json.json().path("errors").path("image").get(0).asText()).contains("not a file");
    assertThat(field.json().path("errors").path("image").get(0).asText()).contains("not a file");
    assertThat(other.json().path("errors").path("image").get(0).asText())
        .isEqualTo("No file was submitted.");
    assertThat(empty.json().path("errors").path("image").get(0).asText())
        .isEqualTo("The submitted file is empty.");
    for (Api.Reply reply : new Api.Reply[] {json, field, other, empty}) {
      assertProblem(reply, 400);
    }
  }

  @Test
  void aBrokenMultipartBody_isMalformed() {
    Api.Reply reply =
        owner
            .api()
            .send("PUT", vehicle + "/image", "not multipart", "multipart/form-data; boundary=XY");

    assertProblem(reply, 400);
    assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:malformed_body");
  }

  @Test
  void malformedJson_isAMalformedBody() {
    assertProblem(owner.api().post("/v1/vehicles", "{\"brand\": "), 400);
    assertProblem(owner.api().patch(vehicle, "[1, 2]"), 400);
    assertProblem(owner.api().put(vehicle, "\"Toyota\""), 400);
  }

  @Test
  void unknownOrMalformedIds_areNotFound() {
    String unknown = "/v1/vehicles/" + UUID.randomUUID();

    assertProblem(owner.api().get(unknown), 404);
    assertProblem(owner.api().patch(unknown, Map.of("mileage", 1)), 404);
    assertProblem(owner.api().delete(unknown), 404);
    assertProblem(owner.api().get(unknown + "/image"), 404);
    assertProblem(Garage.upload(owner.api(), unknown + "/image", "a.png", Garage.png(100)), 404);
    assertProblem(owner.api().get("/v1/vehicles/not-a-uuid"), 404);
  }

  @Test
  void anOwnerThatIsNoAccount_orNoUuid_isRefused() {
    Map<String, Object> unknown = Garage.vehicle(Matrix.unique("OWN"));
    unknown.put("owner_id", UUID.randomUUID().toString());
    Map<String, Object> malformed = Garage.vehicle(Matrix.unique("OWN"));
    malformed.put("owner_id", "someone");

    assertProblem(staff.post("/v1/vehicles", unknown), 404);
    Api.Reply reply = staff.post("/v1/vehicles", malformed);
    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").has("owner_id")).isTrue();
  }

  @Test
  void malformedFiltersAndPages_areNamed() {
    Api.Reply reply = staff.get("/v1/vehicles?year=soon&owner_id=nobody&license_plate=%23");
    Api.Reply page = staff.get("/v1/vehicles?limit=0");
    Api.Reply cursor = staff.get("/v1/vehicles?cursor=bm90LWEtdXVpZA");

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("year", "owner_id", "license_plate");
    assertProblem(page, 400);
    assertProblem(cursor, 400);
  }

  @Test
  void jsonBodiesOverTheBodyLimit_areContentTooLarge() {
    Map<String, Object> huge = Garage.vehicle("HUGE 1");
    huge.put("notes", "x".repeat((int) TestServer.MAX_BODY_BYTES));

    assertProblem(owner.api().post("/v1/vehicles", huge), 413);
    assertProblem(owner.api().put(vehicle, huge), 413);
  }
}

package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PUT/DELETE /api/admin/users/{id}/} for administrators: the seed's update (address
 * included) and delete, refusals that change nothing, and 404 for unknown or ill-formed ids.
 */
class MyCarsAdminChangeRoutesTest {
  static TestServer server;
  static Api staff;
  static Api superuser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "chief", Role.STAFF).api();
    superuser = Accounts.administrator(server, "root", Role.SUPERUSER).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void update_asTheSeedsExample_changesTheAccountAndItsAddress() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("moved"));
    String path = "/api/admin/users/" + client.id() + "/";

    Api.Reply reply =
        staff.put(
            path,
            Map.of(
                "username", client.username(),
                "email", client.username() + "@example.org",
                "first_name", "Jane",
                "last_name", "Smith",
                "is_active", true,
                "role", "client",
                "phone", "+15559999000",
                "address", "9 Elm St"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.text("email")).isEqualTo(client.username() + "@example.org");
    assertThat(reply.text("phone")).isEqualTo("+15559999000");
    assertThat(reply.text("address")).isEqualTo("9 Elm St");
    assertThat(reply.text("role")).isEqualTo("client");
    JsonNode detail = ((ObjectNode) staff.get(path).json()).without("cars");
    assertThat(detail).isEqualTo(reply.json());
    assertThat(client.api().get("/api/me/").text("address")).isEqualTo("9 Elm St");
  }

  @Test
  void update_formEncodedOrMultipart_withoutTheTrailingSlash_works() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("formupd"));
    String path = "/api/admin/users/" + client.id();

    Api.Reply form = staff.form("PUT", path, Map.of("first_name", "Formed"));
    Api.Reply multipart = staff.multipart("PUT", path + "/", Map.of("last_name", "Parted"));

    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(multipart.status()).as(multipart.toString()).isEqualTo(200);
    assertThat(multipart.text("first_name")).isEqualTo("Formed");
    assertThat(multipart.text("last_name")).isEqualTo("Parted");
  }

  @Test
  void update_isActiveFalse_shutsTheClientOut() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("benched"));

    Api.Reply reply =
        staff.put("/api/admin/users/" + client.id() + "/", Map.of("is_active", "false"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().path("is_active").asBoolean()).isFalse();
    assertThat(client.api().get("/api/me/").status()).isEqualTo(401);
  }

  @Test
  void update_withBadInput_namesTheFields_andChangesNothing() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("kept"));
    String path = "/api/admin/users/" + client.id() + "/";
    JsonNode before = staff.get(path).json();

    assertFieldErrors(
        staff.put(path, Map.of("email", "nope", "phone", "555-9999 or 555-1234 after six pm")),
        400,
        "email",
        "phone");
    assertFieldErrors(staff.put(path, Map.of("is_active", "perhaps")), 400, "is_active");
    assertFieldErrors(staff.put(path, Map.of("role", "emperor")), 400, "role");
    assertDetail(
        staff.send("PUT", path, "{\"email\": \"x\"", "application/json"),
        400,
        "The request body is not valid JSON.");
    assertThat(staff.get(path).json()).isEqualTo(before);
  }

  @Test
  void update_refusedForItsAddress_changesNothingElseEither() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("atomic"));
    String path = "/api/admin/users/" + client.id() + "/";
    JsonNode before = staff.get(path).json();

    assertFieldErrors(
        staff.put(path, Map.of("last_name", "Changed", "address", "x".repeat(301))),
        400,
        "address");
    assertFieldErrors(
        staff.put(path, Map.of("first_name", "Changed", "address", "a\u0001b")), 400, "address");
    assertFieldErrors(
        staff.put(path, Map.of("first_name", "Changed", "address", Map.of("street", "1"))),
        400,
        "address");
    assertThat(staff.get(path).json()).isEqualTo(before);
  }

  @Test
  void delete_removesTheAccount_andThenItIsNotFound() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("leaving"));
    String path = "/api/admin/users/" + client.id() + "/";

    Api.Reply reply = staff.delete("/api/admin/users/" + client.id());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertDetail(staff.get(path), 404, "User not found.");
    assertDetail(staff.delete(path), 404, "User not found.");
    assertThat(client.api().get("/api/me/").status()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "not-a-uuid", "1%20OR%201%3D1", "%27%3B%20DROP%20TABLE%20users"})
  void unknownOrIllFormedIds_areNotFound_onEveryMethod(String id) {
    String path = "/api/admin/users/" + id + "/";

    for (Api.Reply reply :
        new Api.Reply[] {
          staff.get(path), staff.put(path, Map.of("first_name", "x")), staff.delete(path)
        }) {
      assertDetail(reply, 404, "User not found.");
    }
  }

  @Test
  void anUnknownUuid_isNotFound() {
    String path = "/api/admin/users/" + UUID.randomUUID() + "/";

    assertDetail(superuser.get(path), 404, "User not found.");
    assertDetail(superuser.put(path, Map.of("first_name", "x")), 404, "User not found.");
    assertDetail(superuser.delete(path), 404, "User not found.");
  }
}

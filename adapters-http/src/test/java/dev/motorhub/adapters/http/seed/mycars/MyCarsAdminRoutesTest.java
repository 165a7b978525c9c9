package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertNoPassword;
import static dev.motorhub.adapters.http.seed.DrfReplies.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What administrators get from {@code /api/admin/users/}: the clients as a plain list, accounts
 * created, read, changed and deleted in the seed's fields, and DRF errors for bad ids and input.
 */
class MyCarsAdminRoutesTest {
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
  void list_isEveryClient_andOnlyClients_inTheSeedsFields() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("listed"));
    Accounts.mechanic(server, SeedClients.unique("mech"));

    Api.Reply reply = staff.get("/api/admin/users/");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode list = reply.json();
    assertThat(list.isArray()).isTrue();
    List<String> ids = new ArrayList<>();
    list.forEach(
        user -> {
          ids.add(user.path("id").asText());
          assertThat(user.path("role").asText()).isEqualTo("client");
          assertThat(fieldNames(user)).contains("id", "username", "phone", "address", "is_active");
        });
    assertThat(ids).contains(client.id());
    assertNoPassword(reply);
    assertThat(superuser.get("/api/admin/users").json()).isEqualTo(list);
  }

  @Test
  void list_walksPastOnePageOfTheCore_withoutRepeatingAnyone() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      made.add(SeedClients.register(server, SeedClients.unique("crowd")).id());
    }

    List<String> listed = new ArrayList<>();
    staff.get("/api/admin/users/").json().forEach(user -> listed.add(user.path("id").asText()));

    assertThat(listed).doesNotHaveDuplicates().containsAll(made);
  }

  @Test
  void create_asTheSeedsExample_makesAClient_andAnswersIt() {
    String name = SeedClients.unique("jane_smith");
    Map<String, String> body = new HashMap<>(newUser(name, "client"));
    body.put("phone", "+1 555 567 8000");

    Api.Reply reply = staff.post("/api/admin/users/", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(fieldNames(reply.json()))
        .containsExactly(
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "role",
            "phone",
            "address",
            "is_active",
            "created_at",
            "updated_at");
    assertThat(reply.text("role")).isEqualTo("client");
    assertThat(reply.text("phone")).isEqualTo("+15555678000");
    assertThat(reply.text("address")).isEqualTo("456 Oak Ave");
    assertNoPassword(reply);
    assertThat(staff.get("/api/admin/users/" + reply.text("id") + "/").json())
        .isEqualTo(reply.json());
    assertThat(SeedClients.obtain(server, name, SeedClients.PASSWORD).id())
        .isEqualTo(reply.text("id"));
  }

  @Test
  void create_formEncodedOrMultipart_withoutTheTrailingSlash_works() {
    Api.Reply form =
        staff.form("POST", "/api/admin/users", newUser(SeedClients.unique("formed"), "client"));
    Api.Reply multipart =
        superuser.multipart(
            "POST", "/api/admin/users/", newUser(SeedClients.unique("parted"), "admin"));

    assertThat(form.status()).as(form.toString()).isEqualTo(201);
    assertThat(multipart.status()).as(multipart.toString()).isEqualTo(201);
    assertThat(multipart.text("role")).isEqualTo("admin");
    assertThat(multipart.text("address")).isEmpty();
  }

  @Test
  void create_withBadInput_namesTheFieldsAsTheClientSentThem() {
    Map<String, String> body = new HashMap<>(newUser("x' OR 1=1 --", "client"));
    body.put("email", "jane-at-example");
    body.put("phone", "555-5678");
    body.put("password2", "password123");

    assertFieldErrors(
        staff.post("/api/admin/users/", body), 400, "username", "email", "phone", "password2");
    assertFieldErrors(
        staff.post("/api/admin/users/", Map.of()), 400, "username", "email", "password");
    assertFieldErrors(
        staff.post("/api/admin/users/", Map.of("username", Map.of("a", 1))), 400, "username");
    Map<String, String> weird = new HashMap<>(newUser(SeedClients.unique("w"), "god"));
    assertFieldErrors(staff.post("/api/admin/users/", weird), 400, "role");
    assertDetail(
        staff.send("POST", "/api/admin/users/", "{\"username\": 1,}", "application/json"),
        400,
        "The request body is not valid JSON.");
  }

  @Test
  void create_withATakenPhone_isAConflictOnPhone() {
    Map<String, String> body = new HashMap<>(newUser(SeedClients.unique("a"), "client"));
    body.put("phone", "+15550001111");
    assertThat(staff.post("/api/admin/users/", body).status()).isEqualTo(201);
    Map<String, String> again = new HashMap<>(newUser(SeedClients.unique("b"), "client"));
    again.put("phone", "+1 555 000 1111");

    assertFieldErrors(staff.post("/api/admin/users/", again), 409, "phone");
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
    assertThat(staff.get(path).json()).isEqualTo(reply.json());
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
        staff.put(path, Map.of("email", "nope", "phone", "555-9999")), 400, "email", "phone");
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

    Api.Reply reply = staff.delete(path);

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

  private static Map<String, String> newUser(String name, String role) {
    return Map.of(
        "username",
        name,
        "email",
        "jane." + name.replaceAll("[^a-z0-9]", "") + "@example.com",
        "first_name",
        "Jane",
        "last_name",
        "Smith",
        "password",
        SeedClients.PASSWORD,
        "password2",
        SeedClients.PASSWORD,
        "role",
        role,
        "phone",
        role.equals("client") ? "+1555" + (5678000 + (name.hashCode() & 0xff)) : "",
        "address",
        role.equals("client") ? "456 Oak Ave" : "");
  }
}

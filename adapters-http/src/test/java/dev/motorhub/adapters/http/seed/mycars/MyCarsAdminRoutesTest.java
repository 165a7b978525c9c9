package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertNoPassword;
import static dev.motorhub.adapters.http.seed.DrfReplies.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What administrators get from {@code /api/admin/users/}: the clients as a plain list, accounts
 * created, read, changed and deleted in the seed's fields, and DRF errors for bad ids and input.
 */
class MyCarsAdminRoutesTest {
  static TestServer server;
  static Accounts.Signed chief;
  static Api staff;
  static Api superuser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    chief = Accounts.administrator(server, "chief", Role.STAFF);
    staff = chief.api();
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
    assertThat(server.api().token(chief.accessToken()).get("/api/admin/users").json())
        .isEqualTo(list);
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
    // The detail is the account as created, with its cars (none yet).
    JsonNode detail = staff.get("/api/admin/users/" + reply.text("id") + "/").json();
    assertThat(detail.path("cars").isArray()).isTrue();
    assertThat(detail.path("cars")).isEmpty();
    JsonNode account = ((ObjectNode) detail.deepCopy()).without("cars");
    assertThat(account).isEqualTo(reply.json());
    assertThat(server.api().token(chief.accessToken()).get("/api/admin/users/" + reply.text("id")))
        .extracting(Api.Reply::json)
        .isEqualTo(detail);
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
    body.put("phone", "555-5678 (home), 555-1234 (office)");
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
  void create_withATakenPhone_isA400OnPhone() {
    Map<String, String> body = new HashMap<>(newUser(SeedClients.unique("a"), "client"));
    body.put("phone", "+15550001111");
    assertThat(staff.post("/api/admin/users/", body).status()).isEqualTo(201);
    Map<String, String> again = new HashMap<>(newUser(SeedClients.unique("b"), "client"));
    again.put("phone", "+1 555 000 1111");

    assertFieldErrors(staff.post("/api/admin/users/", again), 400, "phone");
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

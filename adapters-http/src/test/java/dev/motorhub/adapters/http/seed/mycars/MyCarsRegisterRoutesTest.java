package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertNoPassword;
import static dev.motorhub.adapters.http.seed.DrfReplies.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /api/register/} as My Cars' clients call it: role, phone and address in, its user and
 * JWT pair out beside the Lease API's fields; a client is a customer; nobody registers as admin.
 */
class MyCarsRegisterRoutesTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void register_answersBothSeedsFields_andAWorkingPair() {
    String name = SeedClients.unique("john_doe");
    var body = SeedClients.registration(name);
    body.put("phone", "+1 555 123 4567");

    Api.Reply reply = server.api().post("/api/register/", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode user = reply.json();
    assertThat(fieldNames(user))
        .contains(
            "response",
            "user_id",
            "customer id",
            "token",
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
            "updated_at",
            "refresh",
            "access");
    assertNoPassword(reply);
    assertThat(user.path("id").asText()).isEqualTo(user.path("user_id").asText());
    assertThat(user.path("role").asText()).isEqualTo("client");
    assertThat(user.path("phone").asText()).isEqualTo("+15551234567");
    assertThat(user.path("address").asText()).isEqualTo("123 Main St");
    assertThat(user.path("first_name").asText()).isEqualTo("John");
    assertThat(user.path("is_active").asBoolean()).isTrue();
    Api me = server.api().bearer(reply.text("access"));
    assertThat(me.get("/api/me/").text("id")).isEqualTo(user.path("id").asText());
    assertThat(me.get("/v1/me").text("role")).isEqualTo("customer");
    Api.Reply refreshed =
        server.api().post("/api/token/refresh/", Map.of("refresh", reply.text("refresh")));
    assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
  }

  @Test
  void register_withoutRoleOrTrailingSlash_formEncoded_makesAClient() {
    String name = SeedClients.unique("formed");
    var body = SeedClients.registration(name);
    body.remove("role");

    Api.Reply reply = server.api().form("POST", "/api/register", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.text("role")).isEqualTo("client");
    assertThat(reply.text("phone")).isEmpty();
  }

  @Test
  void register_asAMultipartForm_works() {
    Api.Reply reply =
        server
            .api()
            .multipart(
                "POST", "/api/register/", SeedClients.registration(SeedClients.unique("multi")));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.text("access")).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "staff", "superuser", "owner"})
  void register_asAnAdministratorOrUnknownRole_isRefusedOnRole(String role) {
    String name = SeedClients.unique("climber");
    var body = SeedClients.registration(name);
    body.put("role", role);

    assertFieldErrors(server.api().post("/api/register/", body), 400, "role");
    assertThat(
            server
                .api()
                .post("/api/token/", Map.of("username", name, "password", SeedClients.PASSWORD))
                .status())
        .isEqualTo(401);
  }

  @Test
  void register_withPasswordsThatDiffer_namesPassword2() {
    var body = SeedClients.registration(SeedClients.unique("typo"));
    body.put("password2", "Something-Else-99");

    JsonNode errors =
        assertFieldErrors(server.api().post("/api/register/", body), 400, "password2");
    assertThat(errors.path("password2").get(0).asText())
        .isEqualTo("The two password fields didn't match.");
  }

  @Test
  void register_withTheSeedsLocalPhoneNumber_keepsItAsGiven() {
    var body = SeedClients.registration(SeedClients.unique("local"));
    body.put("phone", "555-1234");

    Api.Reply reply = server.api().post("/api/register/", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.text("phone")).isEqualTo("555-1234");
  }

  @Test
  void register_withAPhoneTooLongForFreeText_isAnErrorOnPhone() {
    var body = SeedClients.registration(SeedClients.unique("chatty"));
    body.put("phone", "555-1234, or ask for Jane at the front desk");

    assertFieldErrors(server.api().post("/api/register/", body), 400, "phone");
  }

  @Test
  void register_withATakenPhone_isA400OnPhone() {
    var first = SeedClients.registration(SeedClients.unique("caller"));
    first.put("phone", "+15557654321");
    assertThat(server.api().post("/api/register/", first).status()).isEqualTo(201);
    var second = SeedClients.registration(SeedClients.unique("copycat"));
    second.put("phone", "+1 (555) 765-4321");

    assertFieldErrors(server.api().post("/api/register/", second), 400, "phone");
  }

  @Test
  void register_withATakenUsername_isA400OnUsername() {
    String name = SeedClients.unique("taken");
    SeedClients.register(server, name);

    var again = SeedClients.registration(name.toUpperCase());
    again.put("email", SeedClients.unique("fresh") + "@example.com");
    assertFieldErrors(server.api().post("/api/register/", again), 400, "username");
  }

  @Test
  void register_withNothing_orWrongTypes_orSql_isAFieldError() {
    assertFieldErrors(
        server.api().post("/api/register/", Map.of()), 400, "username", "email", "password");
    assertFieldErrors(
        server
            .api()
            .post(
                "/api/register/",
                Map.of(
                    "username",
                    "x'; DROP TABLE auth_user; --",
                    "email",
                    "drop@example.com",
                    "password",
                    SeedClients.PASSWORD,
                    "address",
                    Map.of("street", "1"))),
        400,
        "address");
    var sql = SeedClients.registration("x'; DROP TABLE auth_user; --");
    sql.put("email", "bobby@example.com");
    assertFieldErrors(server.api().post("/api/register/", sql), 400, "username");
  }

  @Test
  void register_withMalformedJson_isADetail() {
    assertDetail(
        server.api().send("POST", "/api/register/", "{\"username\": \"a\"", "application/json"),
        400,
        "The request body is not valid JSON.");
  }
}

package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertNoPassword;
import static dev.motorhub.adapters.http.seed.DrfReplies.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/me/} and {@code PUT/PATCH /api/change-password/}: one's profile in the seed's
 * fields, never a password, and a password change that ends every session.
 */
class MyCarsAccountRoutesTest {
  private static final String NEW_PASSWORD = "newPassword-456";
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
  void me_answersTheSeedsProfileFields_withoutAPassword() {
    String name = SeedClients.unique("john_doe");
    SeedClients.Client client = SeedClients.register(server, name);

    Api.Reply reply = client.api().get("/api/me/");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode me = reply.json();
    assertThat(fieldNames(me))
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
    assertNoPassword(reply);
    assertThat(me.path("id").asText()).isEqualTo(client.id());
    assertThat(me.path("username").asText()).isEqualTo(name);
    assertThat(me.path("role").asText()).isEqualTo("client");
    assertThat(me.path("address").asText()).isEqualTo("123 Main St");
    assertThat(me.path("phone").asText()).isEmpty();
    assertThat(me.path("created_at").asText()).endsWith("Z");
  }

  @Test
  void me_withTokenSchemeAndWithoutTheTrailingSlash_isTheSame() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("slash"));

    assertThat(server.api().token(client.access()).get("/api/me").json())
        .isEqualTo(client.api().get("/api/me/").json());
  }

  @Test
  void me_ofAnAdministrator_saysAdmin() {
    Api staff = Accounts.administrator(server, "chief", Role.STAFF).api();
    Api superuser = Accounts.administrator(server, "root", Role.SUPERUSER).api();

    assertThat(staff.get("/api/me/").text("role")).isEqualTo("admin");
    assertThat(superuser.get("/api/me/").text("role")).isEqualTo("admin");
    assertThat(staff.get("/api/me/").text("address")).isEmpty();
  }

  @Test
  void me_withoutOrWithABadToken_isA401Detail() {
    assertDetail(
        server.api().get("/api/me/"), 401, "Authentication credentials were not provided.");
    assertDetail(
        server.api().bearer("eyJ0eXAiOiJKV1QiLCJhbGc.x.y").get("/api/me/"),
        401,
        "Invalid or expired token.");
  }

  @Test
  void changePassword_changesIt_andEndsEverySession() {
    String name = SeedClients.unique("changer");
    SeedClients.Client client = SeedClients.register(server, name);
    SeedClients.Client other = SeedClients.obtain(server, name, SeedClients.PASSWORD);

    Api.Reply reply =
        client
            .api()
            .put(
                "/api/change-password/",
                Map.of("old_password", SeedClients.PASSWORD, "new_password", NEW_PASSWORD));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().toString())
        .isEqualTo("{\"detail\":\"Password changed successfully.\"}");
    assertThat(client.api().get("/api/me/").status()).isEqualTo(401);
    assertThat(other.api().get("/api/me/").status()).isEqualTo(401);
    assertDrfError(
        server.api().post("/api/token/refresh/", Map.of("refresh", other.refresh())), 401);
    assertThat(tokenStatus(name, SeedClients.PASSWORD)).isEqualTo(401);
    assertThat(tokenStatus(name, NEW_PASSWORD)).isEqualTo(200);
  }

  @Test
  void changePassword_byPatchFormOrMultipart_withoutTheTrailingSlash_works() {
    String name = SeedClients.unique("patcher");
    SeedClients.Client client = SeedClients.register(server, name);

    Api.Reply form =
        client
            .api()
            .form(
                "PATCH",
                "/api/change-password",
                Map.of("old_password", SeedClients.PASSWORD, "new_password", NEW_PASSWORD));
    assertThat(form.status()).as(form.toString()).isEqualTo(200);

    SeedClients.Client again = SeedClients.obtain(server, name, NEW_PASSWORD);
    Api.Reply multipart =
        server
            .api()
            .token(again.access())
            .multipart(
                "PUT",
                "/api/change-password/",
                Map.of("old_password", NEW_PASSWORD, "new_password", SeedClients.PASSWORD));
    assertThat(multipart.status()).as(multipart.toString()).isEqualTo(200);
    assertThat(tokenStatus(name, SeedClients.PASSWORD)).isEqualTo(200);
  }

  @Test
  void changePassword_withAWrongOldPassword_namesIt_andChangesNothing() {
    String name = SeedClients.unique("forgetful");
    SeedClients.Client client = SeedClients.register(server, name);

    Api.Reply reply =
        client
            .api()
            .put(
                "/api/change-password/",
                Map.of("old_password", "oldPassword123", "new_password", NEW_PASSWORD));

    JsonNode errors = assertFieldErrors(reply, 400, "old_password");
    assertThat(errors.path("old_password").get(0).asText())
        .isEqualTo("Old password is not correct.");
    assertThat(client.api().get("/api/me/").status()).isEqualTo(200);
    assertThat(tokenStatus(name, SeedClients.PASSWORD)).isEqualTo(200);
  }

  @Test
  void changePassword_toAWeakOne_orWithFieldsMissing_orMalformed_isA400() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("weakling"));
    Api api = client.api();

    assertFieldErrors(
        api.put(
            "/api/change-password/",
            Map.of("old_password", SeedClients.PASSWORD, "new_password", "password123")),
        400,
        "new_password");
    assertFieldErrors(
        api.put("/api/change-password/", Map.of()), 400, "old_password", "new_password");
    assertFieldErrors(
        api.put(
            "/api/change-password/",
            Map.of("old_password", Map.of("x", 1), "new_password", NEW_PASSWORD)),
        400,
        "old_password");
    assertDetail(
        api.send("PUT", "/api/change-password/", "{\"old_password\" \"x\"}", "application/json"),
        400,
        "The request body is not valid JSON.");
    assertThat(api.get("/api/me/").status()).isEqualTo(200);
  }

  @Test
  void changePassword_withoutCredentials_isA401Detail() {
    assertDetail(
        server
            .api()
            .put(
                "/api/change-password/",
                Map.of("old_password", SeedClients.PASSWORD, "new_password", NEW_PASSWORD)),
        401,
        "Authentication credentials were not provided.");
  }

  @Test
  void wrongMethods_areMethodNotAllowed() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("methodical"));

    assertDrfError(client.api().post("/api/me/", Map.of()), 405);
    assertDrfError(client.api().get("/api/logout/"), 405);
    assertDrfError(client.api().post("/api/change-password/", Map.of()), 405);
  }

  private static int tokenStatus(String username, String password) {
    return server
        .api()
        .post("/api/token/", Map.of("username", username, "password", password))
        .status();
  }
}

package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /users/reset/}: the holder changes their own password, proving the old one; every
 * session ends; a wrong old password is the seed's {@code detail}, another's username a 403.
 */
class MatchmakingPasswordResetRoutesTest {
  private static final String NEW_PASSWORD = "Shyam-Rides-2025";
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
  void reset_changesThePassword_andEndsEverySession() {
    String name = SeedUsers.unique("syam");
    Api holder = SeedUsers.signedUp(server, name);
    Api secondDevice = server.api().token(SeedUsers.logIn(server, name, SeedUsers.PASSWORD));

    Api.Reply reply = holder.put("/users/reset/", reset(name, SeedUsers.PASSWORD, NEW_PASSWORD));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().toString()).isEqualTo("{\"message\":\"Password reset successfully.\"}");
    assertThat(holder.get("/users/byId/").status()).isEqualTo(401);
    assertThat(secondDevice.get("/users/byId/").status()).isEqualTo(401);
    assertThat(loginStatus(name, SeedUsers.PASSWORD)).isEqualTo(401);
    assertThat(loginStatus(name, NEW_PASSWORD)).isEqualTo(200);
  }

  @Test
  void reset_formEncodedWithBearer_withoutTheTrailingSlash_works() {
    String name = SeedUsers.unique("formreset");
    SeedUsers.signedUp(server, name);
    Api bearer = server.api().bearer(SeedUsers.logIn(server, name, SeedUsers.PASSWORD));

    Api.Reply reply =
        bearer.form("PUT", "/users/reset", reset(name, SeedUsers.PASSWORD, NEW_PASSWORD));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(loginStatus(name, NEW_PASSWORD)).isEqualTo(200);
  }

  @Test
  void reset_asAMultipartForm_withTheUsernameInAnotherCase_works() {
    String name = SeedUsers.unique("multireset");
    Api holder = SeedUsers.signedUp(server, name);

    Api.Reply reply =
        holder.multipart(
            "PUT", "/users/reset/", reset(name.toUpperCase(), SeedUsers.PASSWORD, NEW_PASSWORD));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(loginStatus(name, NEW_PASSWORD)).isEqualTo(200);
  }

  @Test
  void reset_withAWrongOldPassword_isTheSeedsDetail_andChangesNothing() {
    String name = SeedUsers.unique("forgetful");
    Api holder = SeedUsers.signedUp(server, name);

    Api.Reply reply = holder.put("/users/reset/", reset(name, "not-my-password", NEW_PASSWORD));

    assertDetail(reply, 400, "Old password is not correct.");
    assertThat(holder.get("/users/byId/").status()).isEqualTo(200);
    assertThat(loginStatus(name, SeedUsers.PASSWORD)).isEqualTo(200);
  }

  @Test
  void reset_ofAnotherUsersPassword_isForbidden_andChangesNothing() {
    String victim = SeedUsers.unique("victim");
    SeedUsers.signedUp(server, victim);
    Api attacker = SeedUsers.signedUp(server, SeedUsers.unique("attacker"));

    Api.Reply reply =
        attacker.put("/users/reset/", reset(victim, SeedUsers.PASSWORD, NEW_PASSWORD));

    assertDetail(reply, 403, "You do not have permission to perform this action.");
    assertThat(loginStatus(victim, SeedUsers.PASSWORD)).isEqualTo(200);
    assertThat(attacker.get("/users/byId/").status()).isEqualTo(200);
  }

  @Test
  void reset_toAWeakPassword_namesTheRuleUnderNewPassword() {
    String name = SeedUsers.unique("lazy");
    Api holder = SeedUsers.signedUp(server, name);

    Api.Reply reply = holder.put("/users/reset/", reset(name, SeedUsers.PASSWORD, "password123"));

    JsonNode errors = assertFieldErrors(reply, 400, "new_password");
    assertThat(errors.path("new_password").toString()).contains("too common");
    assertThat(loginStatus(name, SeedUsers.PASSWORD)).isEqualTo(200);
  }

  @Test
  void reset_withMissingFields_namesEachOne() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("blank"));

    assertFieldErrors(
        holder.put("/users/reset/", Map.of()), 400, "username", "old_password", "new_password");
    assertFieldErrors(
        holder.put("/users/reset/", Map.of("username", "x", "old_password", "")),
        400,
        "old_password",
        "new_password");
  }

  @Test
  void reset_withWrongTypesOrMalformedJson_isA400() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("typed"));

    assertFieldErrors(
        holder.put(
            "/users/reset/",
            Map.of("username", Map.of("a", 1), "old_password", "x", "new_password", "y")),
        400,
        "username");
    assertDetail(
        holder.send("PUT", "/users/reset/", "{\"username\": [", "application/json"),
        400,
        "The request body is not valid JSON.");
  }

  @Test
  void reset_withASqlLookingUsername_isForbidden() {
    String name = SeedUsers.unique("sql");
    Api holder = SeedUsers.signedUp(server, name);

    Api.Reply reply =
        holder.put("/users/reset/", reset(name + "' OR '1'='1", SeedUsers.PASSWORD, NEW_PASSWORD));

    assertDetail(reply, 403, "You do not have permission to perform this action.");
    assertThat(loginStatus(name, SeedUsers.PASSWORD)).isEqualTo(200);
  }

  @Test
  void reset_withoutCredentials_isA401Detail() {
    Api.Reply reply =
        server.api().put("/users/reset/", reset("anyone", SeedUsers.PASSWORD, NEW_PASSWORD));

    assertDetail(reply, 401, "Authentication credentials were not provided.");
  }

  private static Map<String, String> reset(String username, String old, String fresh) {
    return Map.of("username", username, "old_password", old, "new_password", fresh);
  }

  private static int loginStatus(String username, String password) {
    return server
        .api()
        .post("/users/login/", Map.of("username", username, "password", password))
        .status();
  }
}

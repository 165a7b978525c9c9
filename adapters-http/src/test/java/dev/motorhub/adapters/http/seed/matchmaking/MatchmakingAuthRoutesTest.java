package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /users/login/} and {@code POST /users/logout/}: the seed's token, its error fields
 * for wrong credentials and inactive accounts, and a logout that ends the token's whole session.
 */
class MatchmakingAuthRoutesTest {
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
  void login_answersOnlyTheSeedsToken_whichWorksAsTokenAndAsBearer() {
    String name = SeedUsers.unique("syam");
    SeedUsers.signedUp(server, name);

    Api.Reply reply =
        server
            .api()
            .post("/users/login/", Map.of("username", name, "password", SeedUsers.PASSWORD));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(fieldNames(reply.json())).containsExactly("token");
    String token = reply.text("token");
    assertThat(server.api().token(token).get("/users/byId/").text("username")).isEqualTo(name);
    assertThat(server.api().bearer(token).get("/users/byId/").text("username")).isEqualTo(name);
  }

  @Test
  void login_withoutTheTrailingSlash_formEncodedOrMultipart_works() {
    String name = SeedUsers.unique("forms");
    SeedUsers.signedUp(server, name);
    Map<String, String> credentials = Map.of("username", name, "password", SeedUsers.PASSWORD);

    Api.Reply form = server.api().form("POST", "/users/login", credentials);
    Api.Reply multipart = server.api().multipart("POST", "/users/login/", credentials);

    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(multipart.status()).as(multipart.toString()).isEqualTo(200);
    assertThat(form.text("token")).isNotBlank().isNotEqualTo(multipart.text("token"));
  }

  @Test
  void login_withAWrongPasswordOrUnknownUser_isInvalidCredentialsUnderNonFieldErrors() {
    String name = SeedUsers.unique("wrong");
    SeedUsers.signedUp(server, name);

    for (Api.Reply reply :
        new Api.Reply[] {
          server.api().post("/users/login/", Map.of("username", name, "password", "nope-nope")),
          server
              .api()
              .post("/users/login/", Map.of("username", "ghost-x", "password", "nope-nope")),
          server
              .api()
              .post(
                  "/users/login/",
                  Map.of("username", "' OR '1'='1' --", "password", "' OR '1'='1' --"))
        }) {
      JsonNode body = assertFieldErrors(reply, 401, "non_field_errors");
      assertThat(body.path("non_field_errors").get(0).asText()).isEqualTo("Invalid credentials.");
    }
  }

  @Test
  void login_withMissingFields_namesThem() {
    assertFieldErrors(server.api().post("/users/login/", Map.of()), 400, "username", "password");
    assertFieldErrors(
        server.api().post("/users/login/", Map.of("username", "someone")), 400, "password");
    assertFieldErrors(
        server.api().post("/users/login/", Map.of("username", "  ", "password", "x")),
        400,
        "username");
  }

  @Test
  void login_withWrongTypesOrMalformedJson_isA400() {
    assertFieldErrors(
        server
            .api()
            .post("/users/login/", Map.of("username", java.util.List.of("a"), "password", "x")),
        400,
        "username");
    assertDetail(
        server.api().send("POST", "/users/login/", "{\"username\"", "application/json"),
        400,
        "The request body is not valid JSON.");
  }

  @Test
  void login_ofADeactivatedAccount_isRefusedUnderIsActive() {
    String name = SeedUsers.unique("gone");
    Api holder = SeedUsers.signedUp(server, name);
    assertThat(holder.put("/users/deactivate/", Map.of()).status()).isEqualTo(200);

    Api.Reply reply =
        server
            .api()
            .post("/users/login/", Map.of("username", name, "password", SeedUsers.PASSWORD));

    JsonNode body = assertFieldErrors(reply, 403, "is_active");
    assertThat(body.path("is_active").get(0).asText()).contains("deactivated");
  }

  @Test
  void login_afterRepeatedFailures_isThrottledAsADetailWithRetryAfter() {
    String name = SeedUsers.unique("guessed");
    SeedUsers.signedUp(server, name);
    for (int i = 0; i < 5; i++) {
      server.api().post("/users/login/", Map.of("username", name, "password", "guess-" + i));
    }

    Api.Reply reply =
        server
            .api()
            .post("/users/login/", Map.of("username", name, "password", SeedUsers.PASSWORD));

    assertDrfError(reply, 429);
    assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 900L);
  }

  @Test
  void logout_invalidatesTheTokenAndItsRefreshToken() {
    String name = SeedUsers.unique("leaver");
    SeedUsers.signedUp(server, name);
    Api.Reply pair =
        server.api().post("/api/token/", Map.of("username", name, "password", SeedUsers.PASSWORD));
    Api other = server.api().token(SeedUsers.logIn(server, name, SeedUsers.PASSWORD));
    Api holder = server.api().token(pair.text("access"));

    Api.Reply reply = holder.post("/users/logout/", Map.of());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().toString()).isEqualTo("{\"message\":\"Logout Successfully\"}");
    assertDetail(holder.get("/users/byId/"), 401, "Invalid or expired token.");
    assertThat(server.api().bearer(pair.text("access")).get("/users/byId/").status())
        .isEqualTo(401);
    assertDrfError(
        server.api().post("/api/token/refresh/", Map.of("refresh", pair.text("refresh"))), 401);
    assertThat(other.get("/users/byId/").status()).as("another session lives on").isEqualTo(200);
  }

  @Test
  void logout_withBearerAndWithoutTheTrailingSlash_works() {
    String name = SeedUsers.unique("bearer");
    SeedUsers.signedUp(server, name);
    String token = SeedUsers.logIn(server, name, SeedUsers.PASSWORD);

    Api.Reply reply = server.api().bearer(token).send("POST", "/users/logout", null, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(server.api().token(token).get("/users/byId/").status()).isEqualTo(401);
  }

  @Test
  void logout_twice_isRefusedTheSecondTime() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("twice"));
    assertThat(holder.post("/users/logout/", Map.of()).status()).isEqualTo(200);

    assertDetail(holder.post("/users/logout/", Map.of()), 401, "Invalid or expired token.");
  }

  @Test
  void logout_withoutCredentials_orWithABadToken_isA401Detail() {
    assertDetail(
        server.api().post("/users/logout/", Map.of()),
        401,
        "Authentication credentials were not provided.");
    assertDetail(
        server.api().token("cc6d722db4dd95d7830957951bd8666153eba1c1").post("/users/logout/", "{}"),
        401,
        "Invalid or expired token.");
    assertDrfError(server.api().token("' OR 1=1 --").post("/users/logout/", Map.of()), 401);
    assertThat(
            server
                .api()
                .header("Authorization", "Basic c3lhbTpzeWFtMTIzNA==")
                .post("/users/logout/", Map.of())
                .status())
        .isEqualTo(401);
  }

  @Test
  void logout_withTheTokenOnlyInTheBody_asTheSeedsExampleShows_isNotSignedIn() {
    String token = SeedUsers.logIn(server, name(), SeedUsers.PASSWORD);

    Api.Reply reply =
        server.api().post("/users/logout/", Map.of("Authorization", "Token " + token));

    assertDetail(reply, 401, "Authentication credentials were not provided.");
    assertThat(server.api().token(token).get("/users/byId/").status()).isEqualTo(200);
  }

  private static String name() {
    String name = SeedUsers.unique("inbody");
    SeedUsers.signedUp(server, name);
    return name;
  }
}

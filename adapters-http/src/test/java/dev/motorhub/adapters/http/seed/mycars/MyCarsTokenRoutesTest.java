package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static dev.motorhub.adapters.http.seed.DrfReplies.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/token/} and {@code POST /api/token/refresh/}: the seed's {@code {access,
 * refresh}} pair; each refresh token works once, and presenting a spent one revokes the session.
 */
class MyCarsTokenRoutesTest {
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
  void token_answersExactlyTheSeedsPair_whoseAccessWorksAsBearerAndAsToken() {
    String name = SeedClients.unique("john_doe");
    SeedClients.register(server, name);

    Api.Reply reply =
        server
            .api()
            .post("/api/token/", Map.of("username", name, "password", SeedClients.PASSWORD));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(fieldNames(reply.json())).containsExactly("access", "refresh");
    assertThat(reply.text("access")).isNotEqualTo(reply.text("refresh"));
    assertThat(server.api().bearer(reply.text("access")).get("/api/me/").text("username"))
        .isEqualTo(name);
    assertThat(server.api().token(reply.text("access")).get("/api/me/").text("username"))
        .isEqualTo(name);
  }

  @Test
  void token_formEncodedOrMultipart_withoutTheTrailingSlash_works() {
    String name = SeedClients.unique("forms");
    SeedClients.register(server, name);
    Map<String, String> credentials = Map.of("username", name, "password", SeedClients.PASSWORD);

    Api.Reply form = server.api().form("POST", "/api/token", credentials);
    Api.Reply multipart = server.api().multipart("POST", "/api/token/", credentials);

    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(multipart.status()).as(multipart.toString()).isEqualTo(200);
    assertThat(form.text("refresh")).isNotEqualTo(multipart.text("refresh"));
  }

  @Test
  void token_withWrongCredentials_isA401Detail() {
    String name = SeedClients.unique("wrong");
    SeedClients.register(server, name);

    assertDetail(
        server.api().post("/api/token/", Map.of("username", name, "password", "wrong-one")),
        401,
        "Invalid credentials.");
    assertDetail(
        server.api().post("/api/token/", Map.of("username", "' OR 1=1 --", "password", "' --")),
        401,
        "Invalid credentials.");
  }

  @Test
  void token_withMissingFieldsWrongTypesOrBrokenJson_isA400() {
    assertFieldErrors(server.api().post("/api/token/", Map.of()), 400, "username", "password");
    assertFieldErrors(
        server.api().post("/api/token/", Map.of("username", List.of(1), "password", "x")),
        400,
        "username");
    assertDetail(
        server.api().send("POST", "/api/token/", "{username: x}", "application/json"),
        400,
        "The request body is not valid JSON.");
  }

  @Test
  void token_afterRepeatedFailures_isThrottledAsADetailWithRetryAfter() {
    String name = SeedClients.unique("guessed");
    SeedClients.register(server, name);
    for (int i = 0; i < 5; i++) {
      server.api().post("/api/token/", Map.of("username", name, "password", "guess-" + i));
    }

    Api.Reply reply =
        server
            .api()
            .post("/api/token/", Map.of("username", name, "password", SeedClients.PASSWORD));

    assertDrfError(reply, 429);
    assertThat(reply.header("Retry-After")).isNotBlank();
  }

  @Test
  void token_ofADeactivatedAccount_isForbidden() {
    String name = SeedClients.unique("gone");
    SeedClients.Client client = SeedClients.register(server, name);
    assertThat(client.api().put("/users/deactivate/", Map.of()).status()).isEqualTo(200);

    assertDrfError(
        server
            .api()
            .post("/api/token/", Map.of("username", name, "password", SeedClients.PASSWORD)),
        403);
  }

  @Test
  void refresh_answersANewPair_andTheSpentRefreshTokenIsRefused() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("rotor"));

    Api.Reply first = server.api().post("/api/token/refresh/", Map.of("refresh", client.refresh()));

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(fieldNames(first.json())).containsExactly("access", "refresh");
    assertThat(first.text("refresh")).isNotEqualTo(client.refresh());
    assertThat(server.api().bearer(first.text("access")).get("/api/me/").text("id"))
        .isEqualTo(client.id());
    Api.Reply second =
        server.api().post("/api/token/refresh/", Map.of("refresh", first.text("refresh")));
    assertThat(second.status()).as("the new refresh token works once").isEqualTo(200);
  }

  @Test
  void refresh_withASpentToken_onceTheSessionMovedOn_revokesTheWholeSession() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("copied"));
    Api.Reply first = server.api().post("/api/token/refresh/", Map.of("refresh", client.refresh()));
    Api.Reply rotated =
        server.api().post("/api/token/refresh/", Map.of("refresh", first.text("refresh")));
    assertThat(rotated.status()).isEqualTo(200);

    Api.Reply replay =
        server.api().post("/api/token/refresh/", Map.of("refresh", client.refresh()));

    assertDetail(replay, 401, "Invalid or expired refresh token.");
    assertDrfError(
        server.api().post("/api/token/refresh/", Map.of("refresh", rotated.text("refresh"))), 401);
    assertThat(server.api().bearer(rotated.text("access")).get("/api/me/").status()).isEqualTo(401);
    assertThat(client.api().get("/api/me/").status()).isEqualTo(401);
  }

  @Test
  void refresh_formEncodedOrMultipart_withoutTheTrailingSlash_works() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("formrot"));

    Api.Reply form =
        server.api().form("POST", "/api/token/refresh", Map.of("refresh", client.refresh()));
    Api.Reply multipart =
        server
            .api()
            .multipart("POST", "/api/token/refresh/", Map.of("refresh", form.text("refresh")));

    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(multipart.status()).as(multipart.toString()).isEqualTo(200);
  }

  @Test
  void refresh_withAnUnknownMissingOrIllFormedToken_isA4xx() {
    assertDetail(
        server.api().post("/api/token/refresh/", Map.of("refresh", "eyJ0eXAiOiJKV1QiLCJhbGc")),
        401,
        "Invalid or expired refresh token.");
    assertDrfError(server.api().post("/api/token/refresh/", Map.of("refresh", "' OR '1'='1")), 401);
    assertFieldErrors(server.api().post("/api/token/refresh/", Map.of()), 400, "refresh");
    assertFieldErrors(
        server.api().post("/api/token/refresh/", Map.of("refresh", Map.of("a", 1))),
        400,
        "refresh");
    assertDetail(
        server.api().send("POST", "/api/token/refresh/", "{\"refresh\":", "application/json"),
        400,
        "The request body is not valid JSON.");
  }

  @Test
  void anAccessToken_isNotARefreshToken() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("mixup"));

    assertDrfError(
        server.api().post("/api/token/refresh/", Map.of("refresh", client.access())), 401);
    assertThat(client.api().get("/api/me/").status()).isEqualTo(200);
  }

  @Test
  void wrongMethods_areMethodNotAllowed() {
    assertDrfError(server.api().get("/api/token/refresh/"), 405);
    assertDrfError(server.api().put("/api/token/", Map.of()), 405);
  }
}

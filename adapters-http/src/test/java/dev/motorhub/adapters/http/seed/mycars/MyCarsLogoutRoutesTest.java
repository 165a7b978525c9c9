package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/logout/}: ends the access token's session and, when the refresh token of another
 * of the caller's own sessions comes along, that one too; nobody else's.
 */
class MyCarsLogoutRoutesTest {
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
  void logout_endsTheSession_itsAccessAndItsRefreshToken() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("leaver"));

    Api.Reply reply = client.api().post("/api/logout/", Map.of("refresh", client.refresh()));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.text("detail")).isEqualTo("Successfully logged out.");
    assertDetail(client.api().get("/api/me/"), 401, "Invalid or expired token.");
    assertDrfError(
        server.api().post("/api/token/refresh/", Map.of("refresh", client.refresh())), 401);
  }

  @Test
  void logout_withoutABody_endsTheAccessTokensSessionAndItsRefreshToken() {
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("bodiless"));

    Api.Reply reply = server.api().token(client.access()).send("POST", "/api/logout", null, null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(client.api().get("/api/me/").status()).isEqualTo(401);
    assertDrfError(
        server.api().post("/api/token/refresh/", Map.of("refresh", client.refresh())), 401);
  }

  @Test
  void logout_withTheRefreshOfAnotherOwnSession_endsThatOneToo() {
    String name = SeedClients.unique("twodevices");
    SeedClients.Client phone = SeedClients.register(server, name);
    SeedClients.Client laptop = SeedClients.obtain(server, name, SeedClients.PASSWORD);
    SeedClients.Client tablet = SeedClients.obtain(server, name, SeedClients.PASSWORD);

    Api.Reply reply = phone.api().form("POST", "/api/logout/", Map.of("refresh", laptop.refresh()));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(phone.api().get("/api/me/").status()).isEqualTo(401);
    assertThat(laptop.api().get("/api/me/").status()).isEqualTo(401);
    assertThat(tablet.api().get("/api/me/").status()).isEqualTo(200);
  }

  @Test
  void logout_withSomeoneElsesRefresh_leavesTheirSessionAlone() {
    SeedClients.Client caller = SeedClients.register(server, SeedClients.unique("prankster"));
    SeedClients.Client victim = SeedClients.register(server, SeedClients.unique("victim"));

    Api.Reply reply =
        caller.api().multipart("POST", "/api/logout/", Map.of("refresh", victim.refresh()));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(victim.api().get("/api/me/").status()).isEqualTo(200);
    assertThat(
            server.api().post("/api/token/refresh/", Map.of("refresh", victim.refresh())).status())
        .isEqualTo(200);
  }

  @Test
  void logout_withoutCredentials_orWithAMalformedBody_isA4xx() {
    assertDetail(
        server.api().post("/api/logout/", Map.of("refresh", "x")),
        401,
        "Authentication credentials were not provided.");
    SeedClients.Client client = SeedClients.register(server, SeedClients.unique("garbled"));
    assertDetail(
        client.api().send("POST", "/api/logout/", "{\"refresh\": [}", "application/json"),
        400,
        "The request body is not valid JSON.");
    assertFieldErrors(
        client.api().post("/api/logout/", Map.of("refresh", Map.of("a", 1))), 400, "refresh");
  }
}

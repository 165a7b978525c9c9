package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthFlowTest {
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
  void registerLoginMeRefreshLogout_worksEndToEnd() {
    Api api = server.api();
    Api.Reply registered =
        api.post(
            "/v1/auth/register",
            Map.of(
                "username", "Alice",
                "email", "alice@example.com",
                "password", Accounts.PASSWORD,
                "first_name", "Alice",
                "last_name", "Liddell",
                "phone_number", "+254 701 036 054",
                "dob", "1990-05-01",
                "job", "Engineer"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    assertThat(registered.text("token_type")).isEqualTo("Bearer");
    assertThat(registered.json().path("user").path("role").asText()).isEqualTo("customer");
    assertThat(registered.json().path("user").path("phone_number").asText())
        .isEqualTo("+254701036054");
    assertThat(registered.json().path("user").path("customer_id").asText()).isNotBlank();
    assertThat(registered.body()).doesNotContain("password");

    Api.Reply login =
        api.post("/v1/auth/login", Map.of("username", "alice", "password", Accounts.PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    assertThat(login.json().path("expires_in").asLong()).isBetween(3500L, 3600L);
    String access = login.text("access_token");
    String refresh = login.text("refresh_token");

    Api.Reply me = api.bearer(access).get("/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.text("username")).isEqualTo("Alice");
    assertThat(me.json().path("last_login").isNull()).isFalse();

    Api.Reply refreshed = api.post("/v1/auth/refresh", Map.of("refresh_token", refresh));
    assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
    String newAccess = refreshed.text("access_token");
    String newRefresh = refreshed.text("refresh_token");
    assertThat(newRefresh).isNotEqualTo(refresh);

    Api.Reply logout = api.bearer(newAccess).post("/v1/auth/logout", Map.of());
    assertThat(logout.status()).isEqualTo(204);
    assertThat(api.bearer(newAccess).get("/v1/me").status()).isEqualTo(401);
    assertThat(api.bearer(access).get("/v1/me").status()).isEqualTo(401);
    assertThat(api.post("/v1/auth/refresh", Map.of("refresh_token", newRefresh)).status())
        .isEqualTo(401);
  }

  @Test
  void changingThePassword_endsEverySession() {
    Accounts.Signed carol = Accounts.customer(server, "carol");
    Accounts.Signed secondDevice = Accounts.logIn(server, "carol");

    Api.Reply wrongOld =
        carol
            .api()
            .put(
                "/v1/auth/password",
                Map.of("old_password", "nope-nope-nope", "new_password", "Another-Secret-42"));
    assertThat(wrongOld.status()).isEqualTo(400);
    assertThat(wrongOld.json().path("errors").has("old_password")).isTrue();

    Api.Reply changed =
        carol
            .api()
            .put(
                "/v1/auth/password",
                Map.of("old_password", Accounts.PASSWORD, "new_password", "Another-Secret-42"));
    assertThat(changed.status()).isEqualTo(204);
    assertThat(carol.api().get("/v1/me").status()).isEqualTo(401);
    assertThat(secondDevice.api().get("/v1/me").status()).isEqualTo(401);
    assertThat(
            server
                .api()
                .post(
                    "/v1/auth/login", Map.of("username", "carol", "password", "Another-Secret-42"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void weakPassword_isRefusedNamingTheRule() {
    Api.Reply reply =
        server
            .api()
            .post(
                "/v1/auth/register",
                Map.of("username", "dave", "email", "dave@example.com", "password", "12345678"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").path("password").toString())
        .contains("This password is too common.")
        .contains("This password is entirely numeric.");
  }

  @Test
  void repeatedFailedLogins_areThrottledWithRetryAfter() {
    Accounts.customer(server, "erin");
    for (int i = 0; i < 5; i++) {
      assertThat(
              server
                  .api()
                  .post("/v1/auth/login", Map.of("username", "erin", "password", "wrong-password"))
                  .status())
          .isEqualTo(401);
    }
    Api.Reply throttled =
        server
            .api()
            .post("/v1/auth/login", Map.of("username", "erin", "password", Accounts.PASSWORD));
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
  }
}

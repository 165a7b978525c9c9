package dev.motorhub.adapters.http.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server without Google configured: no sign-in routes, and the home page says so. */
class GoogleSignInOffTest {
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
  void theSignInRoutes_areNotFound() {
    for (String path : new String[] {"/auth/google/login", "/auth/google/callback?code=x"}) {
      Api.Reply reply = server.api().get(path);
      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.text("detail")).isEqualTo("No such resource.");
    }
  }

  @Test
  void theHomePage_offersNoSignIn() {
    Api.Reply home = server.api().get("/");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body())
        .contains("Sign-in through the browser is not offered on this server.")
        .doesNotContain("/auth/google/login");
  }

  @Test
  void aTokenWithoutABrowserSession_isDrfs401_andSigningOutIsHarmless() {
    Api.Reply token = server.api().get("/api/token/");
    assertThat(token.status()).isEqualTo(401);
    assertThat(token.text("detail")).isEqualTo("Authentication credentials were not provided.");

    Api.Reply out = server.api().post("/auth/logout", Map.of());
    assertThat(out.status()).isEqualTo(303);
    assertThat(out.header("Location")).isEqualTo("/");
  }
}

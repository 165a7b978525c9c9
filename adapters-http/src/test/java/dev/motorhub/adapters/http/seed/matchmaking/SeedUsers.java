package dev.motorhub.adapters.http.seed.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Users of the matchmaking seed's tests: signed up on {@code POST /users/}, logged in there. */
final class SeedUsers {
  static final String PASSWORD = Accounts.PASSWORD;
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private SeedUsers() {}

  /** A username no other test uses. */
  static String unique(String prefix) {
    return prefix + SEQUENCE.incrementAndGet();
  }

  /** The seed's sign-up body for {@code username}, as its example sends it. */
  static Map<String, String> signUp(String username) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", PASSWORD);
    body.put("email", username + "@example.com");
    body.put("first_name", "First" + username);
    body.put("last_name", "Last" + username);
    body.put("role", "user");
    return body;
  }

  /** Signs {@code username} up and logs them in; a client that sends {@code Token …}. */
  static Api signedUp(TestServer server, String username) {
    Api.Reply created = server.api().post("/users/", signUp(username));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return server.api().token(logIn(server, username, PASSWORD));
  }

  /** Logs in on {@code /users/login/}; the token. */
  static String logIn(TestServer server, String username, String password) {
    Api.Reply reply =
        server.api().post("/users/login/", Map.of("username", username, "password", password));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.text("token");
  }
}

package dev.motorhub.adapters.http.seed.mycars;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Clients of the My Cars seed's tests: registered on {@code /api/register/}, with a JWT pair. */
final class SeedClients {
  static final String PASSWORD = Accounts.PASSWORD;
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private SeedClients() {}

  /** A registered client: id, username, its pair, and a client that sends the access token. */
  record Client(String id, String username, String access, String refresh, Api api) {}

  /** A username no other test uses. */
  static String unique(String prefix) {
    return prefix + SEQUENCE.incrementAndGet();
  }

  /** The seed's registration body for {@code username}, with a phone the platform accepts. */
  static Map<String, String> registration(String username) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("email", username + "@example.com");
    body.put("first_name", "John");
    body.put("last_name", "Doe");
    body.put("password", PASSWORD);
    body.put("password2", PASSWORD);
    body.put("role", "client");
    body.put("address", "123 Main St");
    return body;
  }

  static Client register(TestServer server, String username) {
    Api.Reply reply = server.api().post("/api/register/", registration(username));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return new Client(
        reply.text("id"),
        username,
        reply.text("access"),
        reply.text("refresh"),
        server.api().bearer(reply.text("access")));
  }

  /** Obtains a pair on {@code /api/token/}. */
  static Client obtain(TestServer server, String username, String password) {
    Api.Reply reply =
        server.api().post("/api/token/", Map.of("username", username, "password", password));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    Api api = server.api().bearer(reply.text("access"));
    return new Client(
        api.get("/api/me/").text("id"), username, reply.text("access"), reply.text("refresh"), api);
  }
}

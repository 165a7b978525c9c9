package dev.motorhub.adapters.http.seed.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/** Accounts made the Lease API's way: customers register on {@code /api/register/}. */
final class LeaseAccounts {
  private LeaseAccounts() {}

  /** A registered customer: the seed's ids, its token, and a client sending {@code Token …}. */
  record Registered(String userId, String customerId, String username, String token, Api api) {}

  /** The seed's registration body for {@code username}, with the seed's customer fields. */
  static Map<String, String> registration(String username) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("password", Accounts.PASSWORD);
    body.put("password2", Accounts.PASSWORD);
    body.put("first_name", "First" + username);
    body.put("last_name", "Last" + username);
    body.put("username", username);
    body.put("email", username + "@example.com");
    body.put("job", "TestJob");
    body.put("notes", "TestNote");
    body.put("dob", "1970-03-04");
    return body;
  }

  /** A user for {@code POST /api/user/}, with one of its flags ({@code is_active}…) set. */
  static Map<String, String> newUser(String username, String flag, String value) {
    return Map.of(
        "username",
        username,
        "email",
        username + "@example.com",
        "password",
        Accounts.PASSWORD,
        "first_name",
        "First" + username,
        flag,
        value);
  }

  static Registered register(TestServer server, String username) {
    Api.Reply reply = server.api().post("/api/register/", registration(username));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    String token = reply.text("token");
    return new Registered(
        reply.text("user_id"),
        reply.text("customer id"),
        username,
        token,
        server.api().token(token));
  }

  /** A staff member or a superuser, signed in, with a client sending {@code Token …}. */
  static Api administrator(TestServer server, String username, Role role) {
    return server.api().token(Accounts.administrator(server, username, role).accessToken());
  }
}

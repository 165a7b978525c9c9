package dev.motorhub.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.LogIn;
import dev.motorhub.domain.identity.Role;
import java.util.Map;

/**
 * Accounts for HTTP tests: customers register through the API, administrators are made through the
 * core (as an operator would), and each comes back signed in.
 */
public final class Accounts {
  public static final String PASSWORD = "Vroom-Vroom-2024";

  private Accounts() {}

  /** A signed-in account: its id, the access token, and a client that sends it. */
  public record Signed(
      String id, String username, String accessToken, String refreshToken, Api api) {}

  public static Signed customer(TestServer server, String username) {
    return register(server, username, "customer");
  }

  public static Signed mechanic(TestServer server, String username) {
    return register(server, username, "mechanic");
  }

  public static Signed register(TestServer server, String username, String role) {
    return register(server.api(), username, role);
  }

  /** An account of {@code role} registered through {@code anonymous}, a client of no one. */
  public static Signed register(Api anonymous, String username, String role) {
    Api.Reply reply =
        anonymous.post(
            "/v1/auth/register",
            Map.of(
                "username",
                username,
                "email",
                username + "@example.com",
                "password",
                PASSWORD,
                "first_name",
                "First" + username,
                "last_name",
                "Last" + username,
                "role",
                role));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    String token = reply.text("access_token");
    return new Signed(
        reply.json().path("user").path("id").asText(),
        username,
        token,
        reply.text("refresh_token"),
        anonymous.bearer(token));
  }

  /** A staff member or superuser, created through the core and signed in over HTTP. */
  public static Signed administrator(TestServer server, String username, Role role) {
    server
        .core()
        .accounts()
        .ensureSuperuser()
        .ensure(username, username + "@example.com", PASSWORD);
    if (role == Role.STAFF) {
      var superuser =
          server.core().identity().logIn().logIn(new LogIn.Command(username, PASSWORD, "test"));
      var principal =
          server.core().identity().authenticate().authenticate(superuser.tokens().accessToken());
      String other = username + "_staff";
      server
          .core()
          .accounts()
          .createAccount()
          .create(
              new dev.motorhub.application.accounts.CreateAccount.Command(
                  principal,
                  new dev.motorhub.application.accounts.AccountForm(
                      other,
                      other + "@example.com",
                      null,
                      "Staff",
                      "Member",
                      PASSWORD,
                      null,
                      "staff",
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null)));
      return logIn(server, other);
    }
    return logIn(server, username);
  }

  public static Signed logIn(TestServer server, String username) {
    return logIn(server.api(), username, PASSWORD);
  }

  /** The account signed in through {@code anonymous}, a client of no one. */
  public static Signed logIn(Api anonymous, String username, String password) {
    Api.Reply reply =
        anonymous.post("/v1/auth/login", Map.of("username", username, "password", password));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    String token = reply.text("access_token");
    Api api = anonymous.bearer(token);
    return new Signed(
        api.get("/v1/me").text("id"), username, token, reply.text("refresh_token"), api);
  }
}

package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Actor;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import dev.motorhub.adapters.http.v1.Matrix.Row;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to accounts: everyone their own; staff every customer's and mechanic's; only a
 * superuser creates administrators, changes roles or touches another administrator's account.
 * Accounts a caller may not see are not found, so ids cannot be probed.
 */
class UserPermissionsTest {
  static TestServer server;
  static Matrix.Cast cast;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    cast = Matrix.Cast.signIn(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, the owner, another customer, a mechanic, staff,
            // a superuser. The owner is a customer made for each case.
            row("GET /v1/me", "401 200 200 200 200 200", none(), (api, f) -> api.get("/v1/me")),
            row(
                "PATCH /v1/me",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.patch("/v1/me", Map.of("last_name", "Changed"))),
            row(
                "GET /v1/users",
                "401 403 403 403 200 200",
                none(),
                (api, f) -> api.get("/v1/users")),
            row(
                "GET /v1/users?role=customer",
                "401 403 403 403 200 200",
                none(),
                (api, f) -> api.get("/v1/users?role=customer&limit=5")),
            row(
                "POST /v1/users (a customer)",
                "401 403 403 403 201 201",
                none(),
                (api, f) -> api.post("/v1/users", newAccount("customer"))),
            row(
                "POST /v1/users (a mechanic)",
                "401 403 403 403 201 201",
                none(),
                (api, f) -> api.post("/v1/users", newAccount("mechanic"))),
            row(
                "POST /v1/users (staff)",
                "401 403 403 403 403 201",
                none(),
                (api, f) -> api.post("/v1/users", newAccount("staff"))),
            row(
                "POST /v1/users (a superuser)",
                "401 403 403 403 403 201",
                none(),
                (api, f) -> api.post("/v1/users", newAccount("superuser"))),
            row(
                "GET /v1/users/{the owner}",
                "401 200 404 404 200 200",
                owner(),
                (api, f) -> api.get(owner().apply(f))),
            row(
                "PATCH /v1/users/{the owner} names",
                "401 200 404 404 200 200",
                owner(),
                (api, f) -> api.patch(owner().apply(f), Map.of("first_name", "Renamed"))),
            row(
                "PUT /v1/users/{the owner}",
                "401 200 404 404 200 200",
                owner(),
                (api, f) ->
                    api.put(
                        owner().apply(f),
                        Map.of(
                            "username",
                            f.owner().username(),
                            "email",
                            f.owner().username() + "@example.org",
                            "last_name",
                            "Replaced"))),
            row(
                "PATCH /v1/users/{the owner} status=suspended",
                "401 403 404 404 200 200",
                owner(),
                (api, f) -> api.patch(owner().apply(f), Map.of("status", "suspended"))),
            row(
                "PATCH /v1/users/{the owner} status=deactivated",
                "401 200 404 404 200 200",
                owner(),
                (api, f) -> api.patch(owner().apply(f), Map.of("status", "deactivated"))),
            row(
                "PATCH /v1/users/{the owner} role=mechanic",
                "401 403 404 404 403 200",
                owner(),
                (api, f) -> api.patch(owner().apply(f), Map.of("role", "mechanic"))),
            row(
                "PATCH /v1/users/{the owner} role=superuser",
                "401 403 404 404 403 200",
                owner(),
                (api, f) -> api.patch(owner().apply(f), Map.of("role", "superuser"))),
            row(
                "PUT /v1/users/{the owner}/password",
                "401 204 404 404 204 204",
                owner(),
                (api, f) ->
                    api.put(
                        owner().apply(f) + "/password", Map.of("password", "Brand-New-Pass-1"))),
            row(
                "POST /v1/users/{the owner}/deactivate",
                "401 200 404 404 200 200",
                owner(),
                (api, f) -> api.post(owner().apply(f) + "/deactivate", Map.of())),
            row(
                "DELETE /v1/users/{the owner}",
                "401 204 404 404 204 204",
                owner(),
                (api, f) -> api.delete(owner().apply(f))),
            row(
                "PATCH /v1/users/{a mechanic} status=suspended",
                "401 404 404 404 200 200",
                account("mechanic"),
                (api, f) -> api.patch(account("mechanic").apply(f), Map.of("status", "suspended"))),
            row(
                "GET /v1/users/{staff}",
                "401 404 404 404 200 200",
                account("staff"),
                (api, f) -> api.get(account("staff").apply(f))),
            row(
                "PATCH /v1/users/{staff} names",
                "401 404 404 404 403 200",
                account("staff"),
                (api, f) -> api.patch(account("staff").apply(f), Map.of("first_name", "Renamed"))),
            row(
                "PATCH /v1/users/{staff} status=suspended",
                "401 404 404 404 403 200",
                account("staff"),
                (api, f) -> api.patch(account("staff").apply(f), Map.of("status", "suspended"))),
            row(
                "PUT /v1/users/{staff}/password",
                "401 404 404 404 403 204",
                account("staff"),
                (api, f) ->
                    api.put(
                        account("staff").apply(f) + "/password",
                        Map.of("password", "Brand-New-Pass-1"))),
            row(
                "POST /v1/users/{staff}/deactivate",
                "401 404 404 404 403 200",
                account("staff"),
                (api, f) -> api.post(account("staff").apply(f) + "/deactivate", Map.of())),
            row(
                "DELETE /v1/users/{staff}",
                "401 404 404 404 403 204",
                account("staff"),
                (api, f) -> api.delete(account("staff").apply(f))),
            row(
                "GET /v1/users/{a superuser}",
                "401 404 404 404 200 200",
                account("superuser"),
                (api, f) -> api.get(account("superuser").apply(f))),
            row(
                "PATCH /v1/users/{a superuser} names",
                "401 404 404 404 403 200",
                account("superuser"),
                (api, f) ->
                    api.patch(account("superuser").apply(f), Map.of("first_name", "Renamed"))),
            row(
                "PUT /v1/users/{a superuser}/password",
                "401 404 404 404 403 204",
                account("superuser"),
                (api, f) ->
                    api.put(
                        account("superuser").apply(f) + "/password",
                        Map.of("password", "Brand-New-Pass-1"))),
            row(
                "DELETE /v1/users/{a superuser}",
                "401 404 404 404 403 204",
                account("superuser"),
                (api, f) -> api.delete(account("superuser").apply(f)))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusTheAccessPolicyGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (row.route().startsWith("GET /v1/users/") && expected == 200) {
      assertThat(reply.text("id")).isNotBlank();
      assertThat(reply.body()).doesNotContain("password");
    }
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  private static Function<Fixture, String> owner() {
    return f -> "/v1/users/" + f.owner().id();
  }

  /** The path of an account of {@code role} made for the case (the same one on every call). */
  private static Function<Fixture, String> account(String role) {
    return f -> "/v1/users/" + f.memo(role, () -> f.account(role));
  }

  private static Map<String, Object> newAccount(String role) {
    String name = Matrix.unique("new" + role);
    return Map.of(
        "username",
        name,
        "email",
        name + "@example.com",
        "password",
        Accounts.PASSWORD,
        "role",
        role);
  }
}

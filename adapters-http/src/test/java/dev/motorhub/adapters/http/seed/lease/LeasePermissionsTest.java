package dev.motorhub.adapters.http.seed.lease;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertNoSecrets;
import static dev.motorhub.adapters.http.v1.Matrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix;
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
 * Who may do what on the Lease API's routes, as the seed states it: a regular user their own user
 * and customer; staff and superusers anyone's (staff not an administrator's changes); lists and
 * searches staff only; adding users the superuser only. Records a caller may not see are 404.
 */
class LeasePermissionsTest {
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
            row("GET /api/user/{the owner}", "401 200 404 404 200 200", owner(), get(owner())),
            row(
                "PUT /api/user/{the owner} names",
                "401 200 404 404 200 200",
                owner(),
                (api, f) -> api.put(owner().apply(f), Map.of("first_name", "Renamed"))),
            row(
                "PUT /api/user/{the owner} is_active=0",
                "401 200 404 404 200 200",
                owner(),
                (api, f) -> api.put(owner().apply(f), Map.of("is_active", 0))),
            row(
                "PUT /api/password_update/{the owner}",
                "401 200 404 404 200 200",
                owner(),
                (api, f) -> api.put(password(f.owner().id()), newPassword())),
            row(
                "DELETE /api/user/{the owner}",
                "401 200 404 404 200 200",
                owner(),
                delete(owner())),
            row(
                "GET /api/user/{a mechanic}",
                "401 404 404 404 200 200",
                mechanic(),
                get(mechanic())),
            row(
                "PUT /api/user/{a mechanic} is_active=false",
                "401 404 404 404 200 200",
                mechanic(),
                (api, f) -> api.put(mechanic().apply(f), Map.of("is_active", false))),
            row("GET /api/user/{staff}", "401 404 404 404 200 200", staff(), get(staff())),
            row(
                "PUT /api/user/{staff} names",
                "401 404 404 404 403 200",
                staff(),
                (api, f) -> api.put(staff().apply(f), Map.of("last_name", "Renamed"))),
            row(
                "PUT /api/password_update/{staff}",
                "401 404 404 404 403 200",
                staff(),
                (api, f) -> api.put(password(id(f, "staff")), newPassword())),
            row("DELETE /api/user/{staff}", "401 404 404 404 403 200", staff(), delete(staff())),
            row(
                "DELETE /api/user/{a superuser}",
                "401 404 404 404 403 200",
                superuser(),
                delete(superuser())),
            row(
                "GET /api/users/",
                "401 403 403 403 200 200",
                none(),
                (api, f) -> api.get("/api/users/")),
            row(
                "GET /api/users/search/?username=",
                "401 403 403 403 200 200",
                none(),
                (api, f) -> api.get("/api/users/search/?username=owner")),
            row(
                "POST /api/user/ (a regular user)",
                "401 403 403 403 403 201",
                none(),
                (api, f) -> api.post("/api/user/", newUser("is_superuser", false))),
            row(
                "POST /api/user/ (staff)",
                "401 403 403 403 403 201",
                none(),
                (api, f) -> api.post("/api/user/", newUser("is_staff", true))),
            row(
                "POST /api/user/ (a superuser)",
                "401 403 403 403 403 201",
                none(),
                (api, f) -> api.post("/api/user/", newUser("is_superuser", true))),
            row(
                "GET /api/customer/{the owner's}",
                "401 200 404 404 200 200",
                profile(),
                get(profile())),
            row(
                "PUT /api/customer/{the owner's}",
                "401 200 404 404 200 200",
                profile(),
                (api, f) -> api.put(profile().apply(f), Map.of("job", "Changed"))),
            row(
                "DELETE /api/customer/{the owner's}",
                "401 200 404 404 200 200",
                profile(),
                delete(profile())),
            row(
                "GET /api/customers/",
                "401 403 403 403 200 200",
                none(),
                (api, f) -> api.get("/api/customers/")),
            row(
                "GET /api/customers/search/?job=",
                "401 403 403 403 200 200",
                none(),
                (api, f) -> api.get("/api/customers/search/?job=x"))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusTheSeedGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (expected < 300) {
      assertNoSecrets(reply);
    }
    if (row.route().startsWith("GET /api/user/") && expected == 200) {
      assertThat(reply.text("id")).isNotBlank();
    }
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  private static Function<Fixture, String> owner() {
    return f -> "/api/user/" + f.owner().id();
  }

  private static Function<Fixture, String> profile() {
    return f -> "/api/customer/" + f.memo("profile", f::ownerCustomerId);
  }

  private static Function<Fixture, String> mechanic() {
    return f -> "/api/user/" + id(f, "mechanic");
  }

  private static Function<Fixture, String> staff() {
    return f -> "/api/user/" + id(f, "staff");
  }

  private static Function<Fixture, String> superuser() {
    return f -> "/api/user/" + id(f, "superuser");
  }

  /** The id of an account of {@code role} made for the case (the same one on every call). */
  private static String id(Fixture f, String role) {
    return f.memo(role, () -> f.account(role));
  }

  private static String password(String userId) {
    return "/api/password_update/" + userId;
  }

  private static java.util.function.BiFunction<Api, Fixture, Api.Reply> get(
      Function<Fixture, String> target) {
    return (api, f) -> api.get(target.apply(f));
  }

  private static java.util.function.BiFunction<Api, Fixture, Api.Reply> delete(
      Function<Fixture, String> target) {
    return (api, f) -> api.delete(target.apply(f));
  }

  private static Map<String, String> newPassword() {
    return Map.of("password", "Brand-New-Pass-1");
  }

  private static Map<String, Object> newUser(String flag, boolean value) {
    String name = Matrix.unique("added");
    return Map.of(
        "username",
        name,
        "email",
        name + "@example.com",
        "password",
        Accounts.PASSWORD,
        flag,
        value);
  }
}

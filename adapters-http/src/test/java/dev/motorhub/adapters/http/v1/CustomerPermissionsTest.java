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
 * Who may do what to customer profiles: the customer their own; staff list, open and change every
 * profile whose account they manage; nobody else sees one (not found, not forbidden).
 */
class CustomerPermissionsTest {
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
            row(
                "GET /v1/customers",
                "401 403 403 403 200 200",
                none(),
                (api, f) -> api.get("/v1/customers")),
            row(
                "GET /v1/customers?last_name=…",
                "401 403 403 403 200 200",
                none(),
                (api, f) -> api.get("/v1/customers?last_name=Last&limit=3")),
            row(
                "POST /v1/customers",
                "401 403 403 403 201 201",
                none(),
                (api, f) -> api.post("/v1/customers", newCustomer())),
            row(
                "GET /v1/customers/{the owner's}",
                "401 200 404 404 200 200",
                owners(),
                (api, f) -> api.get(owners().apply(f))),
            row(
                "PATCH /v1/customers/{the owner's}",
                "401 200 404 404 200 200",
                owners(),
                (api, f) -> api.patch(owners().apply(f), Map.of("job", "Pilot", "city", "Kisumu"))),
            row(
                "PUT /v1/customers/{the owner's}",
                "401 200 404 404 200 200",
                owners(),
                (api, f) -> api.put(owners().apply(f), Map.of("notes", "Calls on Mondays"))),
            row(
                "DELETE /v1/customers/{the owner's}",
                "401 204 404 404 204 204",
                owners(),
                (api, f) -> api.delete(owners().apply(f))),
            row(
                "GET /v1/customers/{of an account made staff}",
                "401 404 404 404 200 200",
                promoted(),
                (api, f) -> api.get(promoted().apply(f))),
            row(
                "PATCH /v1/customers/{of an account made staff}",
                "401 404 404 404 403 200",
                promoted(),
                (api, f) -> api.patch(promoted().apply(f), Map.of("job", "Pilot"))),
            row(
                "DELETE /v1/customers/{of an account made staff}",
                "401 404 404 404 403 204",
                promoted(),
                (api, f) -> api.delete(promoted().apply(f)))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusTheAccessPolicyGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (row.route().startsWith("GET /v1/customers/") && expected == 200) {
      assertThat(reply.text("user_id")).isNotBlank();
    }
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  private static Function<Fixture, String> owners() {
    return f -> "/v1/customers/" + f.memo("owner's", f::ownerCustomerId);
  }

  /** The profile of a customer whom a superuser has since made staff. */
  private static Function<Fixture, String> promoted() {
    return f ->
        "/v1/customers/"
            + f.memo(
                "promoted",
                () -> {
                  Api.Reply customer = f.superuser().post("/v1/customers", newCustomer());
                  Api.Reply promoted =
                      f.superuser()
                          .patch("/v1/users/" + customer.text("user_id"), Map.of("role", "staff"));
                  assertThat(promoted.text("role")).isEqualTo("staff");
                  return customer.text("id");
                });
  }

  private static Map<String, Object> newCustomer() {
    String name = Matrix.unique("client");
    return Map.of(
        "username",
        name,
        "email",
        name + "@example.com",
        "password",
        Accounts.PASSWORD,
        "first_name",
        "First",
        "last_name",
        "Last" + name);
  }
}

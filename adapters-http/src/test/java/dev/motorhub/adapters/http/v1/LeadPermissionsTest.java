package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Actor;
import dev.motorhub.adapters.http.v1.Matrix.Row;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to leads: staff everything; to everyone else no lead exists, and listing or
 * registering them is forbidden.
 */
class LeadPermissionsTest {
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
            // Statuses in order: anonymous, a customer, another customer, a mechanic, staff,
            // a superuser. Leads have no owner: "the owner" is just a customer here.
            row(
                "GET /v1/leads",
                "401 403 403 403 200 200",
                f -> null,
                (api, f) -> api.get("/v1/leads?source=web")),
            row(
                "POST /v1/leads",
                "401 403 403 403 201 201",
                f -> null,
                (api, f) -> api.post("/v1/leads", Map.of("first_name", "Tom", "notes", "Fleet"))),
            row(
                "GET /v1/leads/{id}",
                "401 404 404 404 200 200",
                Records::lead,
                (api, f) -> api.get(Records.lead(f))),
            row(
                "PATCH /v1/leads/{id}",
                "401 404 404 404 200 200",
                Records::lead,
                (api, f) -> api.patch(Records.lead(f), Map.of("source", "Referral"))),
            row(
                "DELETE /v1/leads/{id}",
                "401 404 404 404 204 204",
                Records::lead,
                (api, f) -> api.delete(Records.lead(f))),
            row(
                "POST /v1/leads/{id}/convert",
                "401 404 404 404 201 201",
                Records::lead,
                (api, f) -> api.post(Records.lead(f) + "/convert", conversion()))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusThePolicyGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (row.route().endsWith("/convert") && expected == 201) {
      assertThat(reply.text("first_name")).isEqualTo("Kim");
      assertThat(reply.header("Location")).isEqualTo("/v1/customers/" + reply.text("id"));
    }
  }

  private static Map<String, Object> conversion() {
    String name = Matrix.unique("lead");
    return Map.of("username", name, "email", name + "@example.com", "password", Accounts.PASSWORD);
  }
}

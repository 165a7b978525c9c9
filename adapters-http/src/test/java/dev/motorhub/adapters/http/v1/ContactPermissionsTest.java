package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Who may do what to contacts: a customer their own; staff every customer's and every lead's;
 * mechanics keep none; to everyone else another's contact does not exist.
 */
class ContactPermissionsTest {
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
            row("GET /v1/contacts", "401 200 200 403 200 200", f -> null, (api, f) -> list(api)),
            row(
                "GET /v1/contacts?customer_id={the owner's}",
                "401 200 403 403 200 200",
                f -> null,
                (api, f) -> api.get("/v1/contacts?customer_id=" + f.ownerCustomerId())),
            row(
                "GET /v1/contacts?lead_id={a lead}",
                "401 403 403 403 200 200",
                f -> null,
                (api, f) -> api.get("/v1/contacts?lead_id=" + Records.idOf(Records.lead(f)))),
            row(
                "POST /v1/contacts {to the owner's file}",
                "401 201 400 403 201 201",
                f -> null,
                (api, f) ->
                    api.post(
                        "/v1/contacts",
                        Map.of("customer_id", f.ownerCustomerId(), "email", "new@example.com"))),
            row(
                "POST /v1/contacts {to a lead's}",
                "401 403 403 403 201 201",
                f -> null,
                (api, f) ->
                    api.post(
                        "/v1/contacts",
                        Map.of(
                            "lead_id",
                            Records.idOf(Records.lead(f)),
                            "phone_number",
                            "+254701000006"))),
            row(
                "GET /v1/contacts/{the owner's}",
                "401 200 404 404 200 200",
                Records::ownersContact,
                (api, f) -> api.get(Records.ownersContact(f))),
            row(
                "PATCH /v1/contacts/{the owner's}",
                "401 200 404 404 200 200",
                Records::ownersContact,
                (api, f) -> api.patch(Records.ownersContact(f), Map.of("note", "Evenings"))),
            row(
                "DELETE /v1/contacts/{the owner's}",
                "401 204 404 404 204 204",
                Records::ownersContact,
                (api, f) -> api.delete(Records.ownersContact(f))),
            row(
                "GET /v1/contacts/{a lead's}",
                "401 404 404 404 200 200",
                Records::leadsContact,
                (api, f) -> api.get(Records.leadsContact(f))),
            row(
                "PATCH /v1/contacts/{a lead's}",
                "401 404 404 404 200 200",
                Records::leadsContact,
                (api, f) -> api.patch(Records.leadsContact(f), Map.of("note", "Landline"))),
            row(
                "DELETE /v1/contacts/{a lead's}",
                "401 404 404 404 204 204",
                Records::leadsContact,
                (api, f) -> api.delete(Records.leadsContact(f)))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusThePolicyGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (row.route().startsWith("PATCH") && expected == 200) {
      assertThat(reply.text("note")).isIn("Evenings", "Landline");
    }
  }

  private static Api.Reply list(Api api) {
    return api.get("/v1/contacts");
  }
}

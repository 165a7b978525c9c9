package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Actor;
import dev.motorhub.adapters.http.v1.Matrix.Row;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to payment cards: customers add and keep their own; staff see and remove anyone's
 * but add none; to everyone else another's card does not exist.
 */
class CreditCardPermissionsTest {
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
            // a superuser. The owner is a customer made for each case, with one card.
            row(
                "GET /v1/credit-cards",
                "401 200 200 200 200 200",
                f -> null,
                (api, f) -> {
                  Records.ownersCard(f);
                  return api.get("/v1/credit-cards");
                }),
            row(
                "GET /v1/credit-cards?owner_id={the owner}",
                "401 200 403 403 200 200",
                f -> null,
                (api, f) -> {
                  Records.ownersCard(f);
                  return api.get("/v1/credit-cards?owner_id=" + f.owner().id());
                }),
            row(
                "POST /v1/credit-cards",
                "401 201 201 403 403 403",
                f -> null,
                (api, f) -> api.post("/v1/credit-cards", Records.card())),
            row(
                "GET /v1/credit-cards/{the owner's}",
                "401 200 404 404 200 200",
                Records::ownersCard,
                (api, f) -> api.get(Records.ownersCard(f))),
            row(
                "DELETE /v1/credit-cards/{the owner's}",
                "401 204 404 404 204 204",
                Records::ownersCard,
                (api, f) -> api.delete(Records.ownersCard(f)))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusThePolicyGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (expected == 200 && row.route().startsWith("GET /v1/credit-cards")) {
      assertThat(reply.body()).doesNotContain(Records.VISA, "\"number\"", "\"cvc\"", "fingerprint");
    }
  }

  @ParameterizedTest(name = "{0} lists {1}")
  @MethodSource("listers")
  void aList_holdsTheCardsTheCallerMaySee(Actor actor, String query, boolean seesOwnersCard) {
    Matrix.Fixture fixture = new Matrix.Fixture(cast);
    String card = Records.idOf(Records.ownersCard(fixture));
    Api caller =
        switch (actor) {
          case OWNER -> fixture.owner().api();
          case OTHER_CUSTOMER -> cast.otherCustomer();
          case MECHANIC -> cast.mechanic();
          case STAFF -> cast.staff();
          default -> cast.superuser();
        };

    Api.Reply reply =
        caller.get("/v1/credit-cards" + query.replace("{owner}", fixture.owner().id()));

    List<String> ids = reply.json().path("items").findValuesAsText("id");
    if (seesOwnersCard) {
      assertThat(ids).containsExactly(card);
    } else {
      assertThat(ids).doesNotContain(card);
    }
  }

  static Stream<Arguments> listers() {
    return Stream.of(
        Arguments.of(Actor.OWNER, "", true),
        Arguments.of(Actor.OTHER_CUSTOMER, "", false),
        Arguments.of(Actor.MECHANIC, "", false),
        Arguments.of(Actor.OWNER, "?owner_id={owner}", true),
        Arguments.of(Actor.STAFF, "?owner_id={owner}", true),
        Arguments.of(Actor.SUPERUSER, "?owner_id={owner}", true));
  }
}

package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Outbox;
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
 * Who may do what to the SMS outbox: staff read it and retry failed messages; listing it is
 * forbidden to everyone else, and to them no message exists.
 */
class SmsPermissionsTest {
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

  private static String failed(Matrix.Fixture f) {
    return f.memo("failed sms", () -> "/v1/sms/" + Outbox.failed(server));
  }

  static Stream<Arguments> matrix() {
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, a customer, another customer, a mechanic, staff,
            // a superuser. Messages have no owner: "the owner" is just a customer here.
            row(
                "GET /v1/sms",
                "401 403 403 403 200 200",
                SmsPermissionsTest::failed,
                (api, f) -> api.get("/v1/sms?status=failed&limit=100")),
            row(
                "GET /v1/sms/{id}",
                "401 404 404 404 200 200",
                SmsPermissionsTest::failed,
                (api, f) -> api.get(failed(f))),
            row(
                "POST /v1/sms/{id}/retry",
                "401 404 404 404 200 200",
                SmsPermissionsTest::failed,
                (api, f) -> api.post(failed(f) + "/retry", java.util.Map.of()))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusThePolicyGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (expected == 200 && row.route().startsWith("POST")) {
      assertThat(reply.text("status")).isEqualTo("pending");
      assertThat(reply.json().path("attempts").asInt()).isZero();
    }
    if (expected == 200 && row.route().equals("GET /v1/sms")) {
      assertThat(reply.json().path("items").findValuesAsText("status"))
          .isNotEmpty()
          .containsOnly("failed");
    }
  }
}

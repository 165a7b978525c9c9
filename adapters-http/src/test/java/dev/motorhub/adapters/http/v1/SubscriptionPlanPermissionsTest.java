package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Actor;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import dev.motorhub.adapters.http.v1.Matrix.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to subscription plans: everyone signed in reads the active ones and subscribes to
 * them; staff see and manage every plan; a plan in use cannot be deleted.
 */
class SubscriptionPlanPermissionsTest {
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
            // a superuser. The owner is a customer made for each case; plans are made per case.
            row(
                "GET /v1/subscription-plans",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/subscription-plans")),
            row(
                "POST /v1/subscription-plans",
                "401 403 403 403 201 201",
                none(),
                (api, f) ->
                    api.post(
                        "/v1/subscription-plans",
                        Map.of(
                            "name", Matrix.unique("New "), "price", "4.50", "duration_days", 30))),
            row(
                "GET /v1/subscription-plans/{active}",
                "401 200 200 200 200 200",
                plan(true),
                (api, f) -> api.get(plan(true).apply(f))),
            row(
                "GET /v1/subscription-plans/{inactive}",
                "401 404 404 404 200 200",
                plan(false),
                (api, f) -> api.get(plan(false).apply(f))),
            row(
                "PATCH /v1/subscription-plans/{active}",
                "401 403 403 403 200 200",
                plan(true),
                (api, f) -> api.patch(plan(true).apply(f), Map.of("price", "12.00"))),
            row(
                "PATCH /v1/subscription-plans/{inactive} active=true",
                "401 403 403 403 200 200",
                plan(false),
                (api, f) -> api.patch(plan(false).apply(f), Map.of("active", true))),
            row(
                "DELETE /v1/subscription-plans/{active}",
                "401 403 403 403 204 204",
                plan(true),
                (api, f) -> api.delete(plan(true).apply(f))),
            row(
                "DELETE /v1/subscription-plans/{a plan the owner is on}",
                "401 403 403 403 422 422",
                inUse(),
                (api, f) -> api.delete(inUse().apply(f))),
            row(
                "PUT /v1/me/subscription {active}",
                "401 200 200 200 200 200",
                none(),
                (api, f) ->
                    api.put("/v1/me/subscription", Map.of("subscription_plan", id(plan(true), f)))),
            row(
                "PUT /v1/me/subscription {inactive}",
                "401 422 422 422 200 200",
                none(),
                (api, f) ->
                    api.put(
                        "/v1/me/subscription", Map.of("subscription_plan", id(plan(false), f))))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void eachActor_getsTheStatusTheAccessPolicyGrants(Row row, Actor actor, int expected) {
    Api.Reply reply = Matrix.run(cast, row, actor, expected);
    if (row.route().startsWith("PUT /v1/me/subscription") && expected == 200) {
      assertThat(reply.text("subscription_plan")).isNotBlank();
      assertThat(reply.text("subscription_ends_at")).isNotBlank();
    }
  }

  @Test
  void customersSeeOnlyActivePlans_whileStaffSeeEveryPlan_pageByPage_inIdOrder() {
    Fixture fixture = new Fixture(cast);
    String active = id(plan(true), fixture);
    String inactive = id(plan(false), fixture);

    List<String> seenByCustomer = ids(cast.otherCustomer());
    List<String> seenByStaff = ids(cast.staff());

    assertThat(seenByCustomer).contains(active).doesNotContain(inactive);
    assertThat(seenByStaff).contains(active, inactive).doesNotHaveDuplicates();
    assertThat(seenByStaff)
        .isSortedAccordingTo((a, b) -> UUID.fromString(a).compareTo(UUID.fromString(b)));
  }

  /** The ids of every plan {@code api} sees, walking the pages two at a time. */
  private static List<String> ids(Api api) {
    List<String> ids = new ArrayList<>();
    String path = "/v1/subscription-plans?limit=2";
    while (path != null) {
      Api.Reply reply = api.get(path);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().path("items").size()).isLessThanOrEqualTo(2);
      reply.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
      JsonNode next = reply.json().path("next_cursor");
      path = next.isNull() ? null : "/v1/subscription-plans?limit=2&cursor=" + next.asText();
    }
    return ids;
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  private static Function<Fixture, String> plan(boolean active) {
    return f -> "/v1/subscription-plans/" + f.memo("plan " + active, () -> f.plan(active));
  }

  /** A plan the case's owner has subscribed to. */
  private static Function<Fixture, String> inUse() {
    return f ->
        "/v1/subscription-plans/"
            + f.memo(
                "in use",
                () -> {
                  String plan = f.plan(true);
                  Api.Reply subscribed =
                      f.owner().api().put("/v1/me/subscription", Map.of("subscription_plan", plan));
                  assertThat(subscribed.status()).isEqualTo(200);
                  return plan;
                });
  }

  private static String id(Function<Fixture, String> path, Fixture fixture) {
    String target = path.apply(fixture);
    return target.substring(target.lastIndexOf('/') + 1);
  }
}

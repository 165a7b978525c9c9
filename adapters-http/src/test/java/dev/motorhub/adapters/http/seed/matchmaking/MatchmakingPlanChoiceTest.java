package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code subscription_plan} on {@code PUT /users/byId/}, as the seed's example changes it: the id
 * of an offered plan subscribes, an empty value unsubscribes, anything else is a field error.
 */
class MatchmakingPlanChoiceTest {
  static TestServer server;
  static Api superuser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    superuser = Accounts.administrator(server, "planner", Role.SUPERUSER).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void put_ofAnOfferedPlansId_subscribes_andAnEmptyValueUnsubscribes() {
    String plan = plan(true);
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("subscriber"));

    Api.Reply subscribed = holder.put("/users/byId/", Map.of("subscription_plan", plan));

    assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
    assertThat(subscribed.text("subscription_plan")).isEqualTo(plan);
    assertThat(holder.get("/v1/me").text("subscription_plan")).isEqualTo(plan);

    Api.Reply cleared = holder.form("PATCH", "/users/byId/", Map.of("subscription_plan", ""));
    assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
    assertThat(cleared.json().path("subscription_plan").isNull()).isTrue();
  }

  @Test
  void put_ofTheSeedsIntegerPlanId_isAFieldError() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("integer"));

    assertFieldErrors(
        holder.put("/users/byId/", Map.of("subscription_plan", 4)), 400, "subscription_plan");
    assertFieldErrors(
        holder.put("/users/byId/", Map.of("subscription_plan", "1; DELETE FROM plans")),
        400,
        "subscription_plan");
    assertFieldErrors(
        holder.put("/users/byId/", Map.of("subscription_plan", Map.of("id", 4))),
        400,
        "subscription_plan");
  }

  @Test
  void put_ofAnUnknownPlan_isTheSeedsDoesNotExist() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("unknown"));

    Api.Reply reply =
        holder.put("/users/byId/", Map.of("subscription_plan", UUID.randomUUID().toString()));

    assertThat(
            assertFieldErrors(reply, 400, "subscription_plan")
                .path("subscription_plan")
                .get(0)
                .asText())
        .isEqualTo("The selected subscription plan does not exist.");
  }

  @Test
  void put_ofAPlanNoLongerOffered_isRefused_andChangesNothing() {
    Api holder = SeedUsers.signedUp(server, SeedUsers.unique("late"));

    Api.Reply reply = holder.put("/users/byId/", Map.of("subscription_plan", plan(false)));

    assertDrfError(reply, 422);
    assertThat(holder.get("/users/byId/").json().path("subscription_plan").isNull()).isTrue();
  }

  private static String plan(boolean active) {
    Api.Reply reply =
        superuser.post(
            "/v1/subscription-plans",
            Map.of(
                "name",
                SeedUsers.unique("Plan "),
                "price",
                "9.99",
                "duration_days",
                30,
                "active",
                active));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.text("id");
  }
}

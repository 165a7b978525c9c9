package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.support.Workshop;
import dev.motorhub.domain.identity.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input and wrong moments in the workshop are clear refusals naming what is at fault, never a
 * server error: a rating of 6, feedback twice or too early, attendance for next month, a cost line
 * on a completed request, an unknown kind of work.
 */
class CarCareBadInputTest {
  static TestServer server;
  static Api staff;
  static Api customer;
  static Workshop.Mechanic mechanic;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "chief", Role.STAFF).api();
    customer = Accounts.customer(server, "carol").api();
    mechanic = Workshop.mechanic(server, staff, "mo", 10, "brake_service");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aRatingOfSix_isRefusedOnRating() {
    String done = Workshop.completed(customer, mechanic.api(), "brake_service");
    Api.Reply reply = feedback(done, 6);
    assertField(reply, 400, "rating");
  }

  @Test
  void feedbackTwice_isAConflict_andBeforeCompletion_aBrokenRule() {
    String done = Workshop.completed(customer, mechanic.api(), "brake_service");
    assertThat(feedback(done, 4).status()).isEqualTo(201);
    assertProblem(feedback(done, 5), 409);
    String waiting = Workshop.scheduled(customer, "brake_service");
    Api.Reply early = feedback(waiting, 5);
    assertProblem(early, 422);
    assertThat(early.text("detail")).contains("completed");
  }

  @Test
  void attendanceForNextMonth_isRefusedOnTheDate() {
    String path =
        "/v1/mechanics/" + mechanic.id() + "/attendance/" + Workshop.today().plusMonths(1);
    assertField(staff.put(path, Map.of("status", "present")), 400, "attendance_date");
    assertField(
        staff.put("/v1/mechanics/" + mechanic.id() + "/attendance/someday", Map.of()),
        400,
        "attendance_date");
  }

  @Test
  void aCostLineOnACompletedRequest_isABrokenRule() {
    String done = Workshop.completed(customer, mechanic.api(), "brake_service");
    Api.Reply reply =
        mechanic
            .api()
            .post(
                "/v1/service-requests/" + done + "/cost-lines",
                Map.of("description", "Late", "unit_price", "5.00"));
    assertProblem(reply, 422);
    assertThat(reply.text("detail")).contains("in progress");
  }

  @Test
  void anUnknownKindOfWork_isRefusedOnServiceKind() {
    assertField(Workshop.request(customer, "teleportation"), 400, "service_kind");
    assertField(
        staff.patch("/v1/mechanics/" + mechanic.id(), Map.of("specializations", List.of("warp"))),
        400,
        "specializations");
  }

  @Test
  void wrongTypesAndRanges_nameTheirFields() {
    assertField(
        customer.post(
            "/v1/service-requests",
            Map.of(
                "service_kind",
                "brake_service",
                "service_description",
                "x",
                "requested_date",
                "2001-01-01")),
        400,
        "requested_date");
    assertField(
        staff.patch("/v1/mechanics/" + mechanic.id(), Map.of("daily_capacity", 0)),
        400,
        "daily_capacity");
    assertField(
        staff.put("/v1/mechanics/" + mechanic.id() + "/status", Map.of("work_status", 3)),
        400,
        "work_status");
    assertField(staff.get("/v1/schedule?date=tomorrow"), 400, "date");
  }

  private static Api.Reply feedback(String request, int rating) {
    return customer.post(
        "/v1/service-requests/" + request + "/feedback",
        Map.of("rating", rating, "feedback_text", "Fine"));
  }

  private static void assertField(Api.Reply reply, int status, String field) {
    assertProblem(reply, status);
    assertThat(reply.json().path("errors").has(field)).as(reply.toString()).isTrue();
  }
}

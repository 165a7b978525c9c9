package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.support.Workshop;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CarCarePro's workshop routes drive the same use cases as {@code /v1}, in the seed's words: a
 * request posted is scheduled at once, its status put moves it on, its costs make its invoice, its
 * customer rates it; mechanics' profiles, attendance and work status; errors in its dialect.
 */
class CarCareWorkshopRoutesTest {
  static TestServer server;
  static Api staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "chief", Role.STAFF).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aRequestPosted_isScheduled_workedCosted_invoicedAndRated_inTheSeedsWords() {
    Workshop.Mechanic mike = Workshop.mechanic(server, staff, "mike", 4, "diagnostics");
    Api kevin = CarCareAccounts.register(server, "kevin", "customer").api();

    Api.Reply posted =
        kevin.post(
            "/api/v1/customer_service_requests/",
            Map.of(
                "service_description",
                "Engine light on",
                "requested_date",
                Workshop.today() + "T09:00:00Z"));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    assertThat(posted.text("status")).isEqualTo("scheduled");
    assertThat(posted.text("mechanic_id")).isEqualTo(mike.id());
    String request = posted.text("id");
    String path = "/api/v1/customer_service_requests/" + request;

    Api.Reply revised =
        kevin.put(
            path, Map.of("status", "scheduled", "service_description", "Engine light blinking"));
    assertThat(revised.text("service_description")).isEqualTo("Engine light blinking");
    assertThat(revised.text("mechanic_id")).isEqualTo(mike.id());
    assertThat(mike.api().put(path + "/", Map.of("status", "in_progress")).text("status"))
        .isEqualTo("in_progress");
    Api.Reply cost =
        mike.api()
            .post(
                "/api/v1/service_cost_details",
                Map.of(
                    "service_request_id", request, "service_description", "Sensor", "cost", 45.5));
    assertThat(cost.status()).as(cost.toString()).isEqualTo(201);
    assertThat(cost.text("cost")).isEqualTo("45.50");
    assertThat(kevin.get("/api/v1/service_cost_details?service_request_id=" + request).json())
        .hasSize(1);
    assertThat(kevin.get("/api/v1/service_cost_details/" + cost.text("id")).text("cost"))
        .isEqualTo("45.50");
    assertThat(mike.api().put(path, Map.of("status", "completed")).text("status"))
        .isEqualTo("completed");

    JsonNode invoices = kevin.get("/api/v1/invoices/").json();
    assertThat(invoices).hasSize(1);
    assertThat(invoices.get(0).path("amount").asText()).isEqualTo("45.50");
    assertThat(invoices.get(0).path("status").asText()).isEqualTo("unpaid");
    assertThat(invoices.get(0).path("service_request_id").asText()).isEqualTo(request);
    String invoice = invoices.get(0).path("id").asText();
    assertThat(kevin.get("/api/v1/invoices/" + invoice).text("invoice_date"))
        .isEqualTo(Workshop.today().toString());
    assertDrfError(kevin.delete("/api/v1/invoices/" + invoice), 403);
    assertThat(staff.delete("/api/v1/invoices/" + invoice).text("status")).isEqualTo("void");
    assertDrfError(staff.delete("/api/v1/invoices/" + invoice), 422);

    Api.Reply rated =
        kevin.post(
            "/api/v1/customer_feedback/",
            Map.of("service_request_id", request, "rating", "5", "feedback_text", "Spot on"));
    assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
    assertThat(kevin.get("/api/v1/customer_feedback/" + rated.text("id")).text("feedback_text"))
        .isEqualTo("Spot on");
    assertThat(kevin.get("/api/v1/customer_feedback").json()).hasSize(1);
    assertThat(kevin.get("/api/v1/mechanics/" + mike.id()).text("average_rating"))
        .isEqualTo("5.00");
    Api.Reply again =
        kevin.post("/api/v1/customer_feedback", Map.of("service_request_id", request, "rating", 4));
    assertDrfError(again, 409);
  }

  @Test
  void mechanics_theirAttendanceAndWorkStatus_areKeptThroughTheSeedsRoutes() {
    Workshop.Mechanic nina = Workshop.mechanic(server, staff, "nina", 3, "bodywork");
    String accountId = nina.account().id();
    Api.Reply set =
        staff.post(
            "/api/v1/mechanics/",
            Map.of("account_id", accountId, "specialization", "Panels", "experience_years", 9));
    assertThat(set.status()).as(set.toString()).isEqualTo(201);
    assertThat(set.text("experience_years")).isEqualTo("9");
    assertThat(staff.put("/api/v1/mechanics/" + nina.id(), Map.of("experience_years", 10)))
        .extracting(r -> r.text("experience_years"))
        .isEqualTo("10");
    assertThat(staff.get("/api/v1/mechanics").json().size()).isGreaterThanOrEqualTo(1);

    Api.Reply absent =
        nina.api()
            .post(
                "/api/v1/mechanic_attendance",
                Map.of(
                    "mechanic_id",
                    nina.id(),
                    "attendance_date",
                    Workshop.today().toString(),
                    "status",
                    "absent"));
    assertThat(absent.status()).as(absent.toString()).isEqualTo(201);
    String record = "/api/v1/mechanic_attendance/" + absent.text("id");
    assertThat(nina.api().put(record, Map.of("status", "present")).text("status"))
        .isEqualTo("present");
    assertThat(nina.api().get("/api/v1/mechanic_attendance").json()).hasSize(1);

    Api.Reply off =
        nina.api()
            .post(
                "/api/v1/mechanic_work_status",
                Map.of("mechanic_id", nina.id(), "work_status", "off"));
    assertThat(off.status()).as(off.toString()).isEqualTo(201);
    assertThat(off.text("updated_at")).isNotBlank();
    Api.Reply back =
        nina.api()
            .put(
                "/api/v1/mechanic_work_status/" + off.text("id"),
                Map.of("work_status", "available"));
    assertThat(back.text("work_status")).isEqualTo("available");
    assertThat(staff.get("/api/v1/mechanic_work_status?mechanic_id=" + nina.id()).json())
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void badInput_isRefusedInTheSeedsDialect_namingTheSeedsField() {
    Api kevin = CarCareAccounts.register(server, "kev2", "customer").api();
    JsonNode noDate =
        CarCareAccounts.assertInvalidInput(
            kevin.post("/api/v1/customer_service_requests", Map.of("service_description", "x")));
    assertThat(noDate.has("requested_date")).isTrue();
    JsonNode unknownKind =
        CarCareAccounts.assertInvalidInput(
            kevin.post(
                "/api/v1/customer_service_requests",
                Map.of(
                    "service_description",
                    "x",
                    "requested_date",
                    Workshop.today().toString(),
                    "service_kind",
                    "teleportation")));
    assertThat(unknownKind.has("service_kind")).isTrue();
    JsonNode badCost =
        CarCareAccounts.assertInvalidInput(
            staff.post(
                "/api/v1/service_cost_details",
                Map.of(
                    "service_request_id",
                    UUID.randomUUID().toString(),
                    "service_description",
                    "Oil",
                    "cost",
                    "-3")));
    assertThat(badCost.has("cost")).isTrue();
    JsonNode noCost =
        CarCareAccounts.assertInvalidInput(
            staff.put(
                "/api/v1/service_cost_details/" + UUID.randomUUID(),
                Map.of("service_description", "Oil")));
    assertThat(noCost.has("cost")).isTrue();
    JsonNode sixStars =
        CarCareAccounts.assertInvalidInput(
            kevin.post(
                "/api/v1/customer_feedback",
                Map.of("service_request_id", UUID.randomUUID().toString(), "rating", 6)));
    assertThat(sixStars.has("rating")).isTrue();
    JsonNode noStars =
        CarCareAccounts.assertInvalidInput(
            kevin.put(
                "/api/v1/customer_feedback/" + UUID.randomUUID(), Map.of("feedback_text", "x")));
    assertThat(noStars.has("rating")).isTrue();
    assertDrfError(kevin.get("/api/v1/invoices/" + UUID.randomUUID()), 404);
    assertDrfError(kevin.delete("/api/v1/invoices/x"), 404);
    assertDrfError(staff.post("/api/v1/invoices", Map.of("amount", 10)), 405);
    Api.Reply put = staff.put("/api/v1/invoices/" + UUID.randomUUID(), Map.of("amount", 10));
    assertThat(assertDrfError(put, 405).path("detail").asText())
        .isEqualTo("This method is not allowed on this resource.");
    assertThat(put.header("Allow")).contains("GET", "DELETE").doesNotContain("PUT");
  }
}

package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.support.Workshop;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workshop over HTTP as its people live it: a mechanic's absence moves their jobs to a
 * colleague or back to waiting, and everyone concerned hears of each step in their inbox.
 */
class CarCareFlowTest {
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
  void anAbsence_movesTheDaysJobToAColleague_thenBackToWaiting_andTellsEveryone() {
    Workshop.Mechanic ann = Workshop.mechanic(server, staff, "ann", 4, "electrical");
    Api customer = Accounts.customer(server, "dora").api();
    String job = Workshop.scheduled(customer, "electrical");
    Workshop.Mechanic ben = Workshop.mechanic(server, staff, "ben", 4, "electrical");

    absent(ann);
    Api.Reply moved = customer.get("/v1/service-requests/" + job);
    assertThat(moved.text("status")).isEqualTo("scheduled");
    assertThat(moved.text("mechanic_id")).isEqualTo(ben.id());
    assertThat(staff.get("/v1/mechanics/" + ann.id()).text("work_status")).isEqualTo("off");

    absent(ben);
    Api.Reply waiting = customer.get("/v1/service-requests/" + job);
    assertThat(waiting.text("status")).isEqualTo("pending");
    assertThat(waiting.text("waiting_reason")).isNotBlank();

    assertThat(kinds(customer))
        .contains(
            "service_request_scheduled",
            "service_request_rescheduled",
            "service_request_unscheduled");
    assertThat(kinds(ann.api())).contains("job_assigned", "job_withdrawn");
    assertThat(kinds(ben.api())).contains("job_assigned", "job_withdrawn");
  }

  @Test
  void aJobDone_isInvoicedToItsCustomer_whoHearsOfEachStep() {
    Workshop.Mechanic cy = Workshop.mechanic(server, staff, "cy", 4, "bodywork");
    Api customer = Accounts.customer(server, "eve").api();
    String job = Workshop.completed(customer, cy.api(), "bodywork");

    Api.Reply done = customer.get("/v1/service-requests/" + job);
    Api.Reply invoice = customer.get("/v1/invoices/" + done.text("invoice_id"));
    assertThat(invoice.text("total")).isEqualTo("120.00");
    assertThat(invoice.json().path("source").path("kind").asText()).isEqualTo("service_request");
    assertThat(invoice.json().path("lines").get(0).path("description").asText())
        .isEqualTo("Labour");
    assertThat(kinds(customer))
        .contains(
            "service_request_scheduled",
            "service_request_started",
            "service_request_completed",
            "invoice_issued");
  }

  private static void absent(Workshop.Mechanic mechanic) {
    Api.Reply reply =
        staff.put(
            "/v1/mechanics/" + mechanic.id() + "/attendance/" + Workshop.today(),
            Map.of("status", "absent"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static List<String> kinds(Api who) {
    List<String> kinds = new ArrayList<>();
    who.get("/v1/notifications?limit=100")
        .json()
        .path("items")
        .forEach(n -> kinds.add(n.path("kind").asText()));
    return kinds;
  }
}

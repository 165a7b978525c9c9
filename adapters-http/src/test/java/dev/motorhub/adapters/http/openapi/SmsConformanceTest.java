package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Outbox;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.support.RecordingSmsGateway;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the SMS outbox through the real server, checking every response against the OpenAPI
 * document ({@link ConformingApi}): staff read and retry messages, the provider reports deliveries;
 * every documented status of every SMS operation.
 */
class SmsConformanceTest {
  /** The parts of the document this test covers. */
  static final Set<String> TAGS = Set.of("sms");

  private static final String SECRET = "callback-0123456789abcdef";
  private static final String FORM = "application/x-www-form-urlencoded";

  static TestServer server;
  static OpenApiDocument document;

  @BeforeAll
  static void start() {
    server = TestServer.withSms(RecordingSmsGateway.accepting(), SECRET);
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Api.Reply expect(int status, Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    return reply;
  }

  private static Api.Reply report(ConformingApi api, String secret, Map<String, String> form) {
    String query = secret == null ? "" : "?secret=" + secret;
    return api.send("POST", "/v1/sms/delivery-reports" + query, Outbox.report(form), FORM);
  }

  @Test
  void theOutboxsLife_getsOnlyDocumentedResponses_andEveryDocumentedStatusOfEverySmsOperation() {
    ConformingApi anonymous = new ConformingApi(server.api(), document);
    ConformingApi staff = anonymous.with(Accounts.administrator(server, "boss", Role.STAFF).api());
    ConformingApi customer = anonymous.with(Accounts.customer(server, "olive").api());

    // A message queued by a change is sent by the dispatcher, never by the request.
    String queued = Outbox.queued(server);
    assertThat(expect(200, staff.get("/v1/sms/" + queued)).text("status")).isEqualTo("pending");
    String sent = Outbox.dispatched(server);
    Api.Reply read = expect(200, staff.get("/v1/sms/" + sent));
    assertThat(read.text("status")).isEqualTo("sent");
    assertThat(read.json().path("attempts").asInt()).isEqualTo(1);
    String receipt = read.json().path("receipt").path("message_id").asText();
    assertThat(receipt).isEqualTo("AT-" + sent);

    // The provider reports: forward only; a report of nobody's message is acknowledged.
    Api.Reply buffered = report(anonymous, SECRET, Map.of("id", receipt, "status", "Buffered"));
    assertThat(expect(200, buffered).text("message_status")).isEqualTo("sent");
    Api.Reply delivered =
        report(
            anonymous, SECRET, Map.of("id", receipt, "status", "Success", "networkCode", "63902"));
    assertThat(expect(200, delivered).text("message_status")).isEqualTo("delivered");
    Api.Reply late =
        report(
            anonymous,
            SECRET,
            Map.of("id", receipt, "status", "Failed", "failureReason", "DeliveryFailure"));
    assertThat(expect(200, late).text("message_status")).isEqualTo("delivered");
    Api.Reply unknown =
        report(anonymous, SECRET, Map.of("id", "ATXid_nobody", "status", "Success"));
    assertThat(expect(200, unknown).json().path("recorded").asBoolean()).isFalse();
    assertThat(
            expect(400, report(anonymous, SECRET, Map.of("status", "Success")))
                .json()
                .path("errors")
                .has("id"))
        .isTrue();
    expect(400, report(anonymous, SECRET, Map.of("id", receipt, "status", "Teleported")));
    expect(401, report(anonymous, null, Map.of("id", receipt, "status", "Failed")));
    expect(401, report(anonymous, SECRET + "x", Map.of("id", receipt, "status", "Failed")));
    String huge = Outbox.report(Map.of("id", "x".repeat((int) TestServer.MAX_BODY_BYTES)));
    expect(413, anonymous.send("POST", "/v1/sms/delivery-reports?secret=" + SECRET, huge, FORM));
    assertThat(staff.get("/v1/sms/" + sent).text("status")).isEqualTo("delivered");

    // Staff send a failed message again; a message that did not fail is a conflict.
    String failed = Outbox.failed(server);
    assertThat(
            expect(200, staff.get("/v1/sms?status=failed"))
                .json()
                .path("items")
                .findValuesAsText("id"))
        .containsExactly(failed);
    Api.Reply retried = expect(200, staff.post("/v1/sms/" + failed + "/retry", Map.of()));
    assertThat(retried.text("status")).isEqualTo("pending");
    assertThat(retried.json().path("last_error").asText()).contains("InvalidPhoneNumber");
    assertThat(expect(409, staff.post("/v1/sms/" + sent + "/retry", Map.of())).text("detail"))
        .isEqualTo("Only a failed message can be sent again; this one is delivered.");

    // Lists page; everyone else is refused as documented.
    Api.Reply first = expect(200, staff.get("/v1/sms?limit=1"));
    assertThat(first.json().path("items")).hasSize(1);
    expect(200, staff.get("/v1/sms?limit=1&cursor=" + first.text("next_cursor")));
    expect(400, staff.get("/v1/sms?status=lost"));
    expect(403, customer.get("/v1/sms"));
    expect(401, anonymous.get("/v1/sms"));
    expect(404, customer.get("/v1/sms/" + sent));
    expect(404, staff.get("/v1/sms/not-an-id"));
    expect(401, anonymous.get("/v1/sms/" + sent));
    expect(404, customer.post("/v1/sms/" + failed + "/retry", Map.of()));
    expect(401, anonymous.post("/v1/sms/" + failed + "/retry", Map.of()));

    Set<String> documented = document.responsesTagged(TAGS);
    assertThat(new TreeSet<>(anonymous.exercised())).isEqualTo(documented);
  }
}

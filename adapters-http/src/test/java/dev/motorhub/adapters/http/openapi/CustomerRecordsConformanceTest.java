package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives payment cards, leads and contacts through the real server and checks every response
 * against the OpenAPI document ({@link ConformingApi}): every operation of their tags is exercised,
 * with its successes and its failures.
 */
class CustomerRecordsConformanceTest {
  static final Set<String> TAGS = Set.of("credit-cards", "leads", "contacts");
  private static final String VISA = "4242424242424242";
  static TestServer server;
  static OpenApiDocument document;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void cardsLeadsAndContacts_getOnlyDocumentedResponses_andExerciseEveryOperation() {
    ConformingApi anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed aliceAccount = Accounts.customer(server, "alice");
    ConformingApi alice = anonymous.bearer(aliceAccount.accessToken());
    ConformingApi bob = anonymous.bearer(Accounts.customer(server, "bob").accessToken());
    ConformingApi staff =
        anonymous.bearer(Accounts.administrator(server, "boss", Role.STAFF).accessToken());
    String aliceProfile = aliceAccount.api().get("/v1/me").text("customer_id");

    // Alice keeps two cards; staff see them; she removes one.
    Api.Reply visa =
        alice.post(
            "/v1/credit-cards",
            body(
                "number",
                "4242 4242 4242 4242",
                "expiry",
                "12/30",
                "holder",
                "Alice L",
                "cvc",
                "123"));
    assertThat(visa.status()).isEqualTo(201);
    assertThat(visa.header("Location")).isEqualTo("/v1/credit-cards/" + visa.text("id"));
    Api.Reply amex =
        alice.post(
            "/v1/credit-cards",
            body(
                "number", "378282246310005",
                "exp_month", 3,
                "exp_year", 2031,
                "holder", "Alice L",
                "cvc", "1234"));
    assertThat(amex.text("brand")).isEqualTo("amex");
    assertThat(alice.get("/v1/credit-cards").json().path("items").size()).isEqualTo(2);
    assertThat(alice.get("/v1/credit-cards/" + visa.text("id")).text("last4")).isEqualTo("4242");
    assertThat(
            staff
                .get("/v1/credit-cards?owner_id=" + aliceAccount.id() + "&limit=1")
                .text("next_cursor"))
        .isNotBlank();
    assertThat(alice.delete("/v1/credit-cards/" + amex.text("id")).status()).isEqualTo(204);

    // Card refusals: bad input, a duplicate, staff adding, another's card, no token.
    assertThat(
            alice
                .post(
                    "/v1/credit-cards",
                    body(
                        "number", "4242424242424241", "expiry", "12/30", "holder", "A", "cvc", "1"))
                .json()
                .path("errors")
                .has("number"))
        .isTrue();
    assertThat(
            alice
                .post(
                    "/v1/credit-cards",
                    body("number", VISA, "expiry", "12/2030", "holder", "A", "cvc", "321"))
                .status())
        .isEqualTo(409);
    assertThat(
            staff
                .post(
                    "/v1/credit-cards",
                    body("number", VISA, "expiry", "12/30", "holder", "S", "cvc", "123"))
                .status())
        .isEqualTo(403);
    assertThat(bob.get("/v1/credit-cards/" + visa.text("id")).status()).isEqualTo(404);
    assertThat(bob.delete("/v1/credit-cards/" + visa.text("id")).status()).isEqualTo(404);
    assertThat(bob.get("/v1/credit-cards?owner_id=" + aliceAccount.id()).status()).isEqualTo(403);
    assertThat(staff.get("/v1/credit-cards?owner_id=nope").status()).isEqualTo(400);
    assertThat(anonymous.get("/v1/credit-cards").status()).isEqualTo(401);
    assertThat(anonymous.get("/v1/credit-cards/" + visa.text("id")).status()).isEqualTo(401);
    assertThat(anonymous.delete("/v1/credit-cards/" + visa.text("id")).status()).isEqualTo(401);
    assertThat(anonymous.post("/v1/credit-cards", Map.of()).status()).isEqualTo(401);
    assertThat(alice.post("/v1/credit-cards", huge()).status()).isEqualTo(413);

    // Staff note down a lead with a phone, change it, list it, and convert it.
    Api.Reply kim =
        staff.post(
            "/v1/leads",
            body(
                "first_name", "Kim",
                "last_name", "Otieno",
                "source", "Motor show",
                "notes", "Wants a pickup",
                "dob", "1988-07-01"));
    assertThat(kim.status()).isEqualTo(201);
    String kimPath = "/v1/leads/" + kim.text("id");
    staff.post("/v1/leads", body("first_name", "Tom", "source", "Website"));
    assertThat(staff.get("/v1/leads?source=motor%20show").json().path("items").size()).isEqualTo(1);
    assertThat(staff.get("/v1/leads?limit=1").text("next_cursor")).isNotBlank();
    assertThat(staff.patch(kimPath, Map.of("notes", "Wants a lease")).text("notes"))
        .isEqualTo("Wants a lease");
    assertThat(staff.get(kimPath).text("first_name")).isEqualTo("Kim");
    Api.Reply kimsPhone =
        staff.post(
            "/v1/contacts",
            body("lead_id", kim.text("id"), "phone_number", "+254 701 000 005", "note", "Mobile"));
    assertThat(kimsPhone.text("kind")).isEqualTo("phone");
    assertThat(staff.get("/v1/contacts?lead_id=" + kim.text("id")).json().path("items").size())
        .isEqualTo(1);
    Api.Reply taken =
        staff.post(
            kimPath + "/convert",
            body("username", "ALICE", "email", "kim@example.com", "password", Accounts.PASSWORD));
    assertThat(taken.status()).isEqualTo(409);
    Api.Reply converted =
        staff.post(
            kimPath + "/convert",
            body("username", "kim", "email", "kim@example.com", "password", Accounts.PASSWORD));
    assertThat(converted.status()).isEqualTo(201);
    assertThat(converted.text("notes")).isEqualTo("Wants a lease");
    assertThat(staff.get("/v1/contacts/" + kimsPhone.text("id")).text("customer_id"))
        .isEqualTo(converted.text("id"));
    assertThat(staff.get(kimPath).status()).isEqualTo(404);

    // Lead refusals: customers, bad input, unknown ids, no token, too large.
    assertThat(alice.get("/v1/leads").status()).isEqualTo(403);
    assertThat(alice.post("/v1/leads", Map.of("first_name", "Eve")).status()).isEqualTo(403);
    assertThat(staff.post("/v1/leads", Map.of("source", "Web")).status()).isEqualTo(400);
    assertThat(staff.get("/v1/leads?limit=0").status()).isEqualTo(400);
    String unknownLead = "/v1/leads/" + UUID.randomUUID();
    assertThat(staff.patch(unknownLead, Map.of("notes", "x")).status()).isEqualTo(404);
    assertThat(staff.delete(unknownLead).status()).isEqualTo(404);
    assertThat(
            staff
                .post(
                    unknownLead + "/convert",
                    body(
                        "username", "x1", "email", "x1@example.com", "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(404);
    assertThat(anonymous.get(unknownLead).status()).isEqualTo(401);
    assertThat(anonymous.get("/v1/leads").status()).isEqualTo(401);
    assertThat(anonymous.post("/v1/leads", Map.of()).status()).isEqualTo(401);
    assertThat(anonymous.patch(unknownLead, Map.of()).status()).isEqualTo(401);
    assertThat(anonymous.delete(unknownLead).status()).isEqualTo(401);
    assertThat(anonymous.post(unknownLead + "/convert", Map.of()).status()).isEqualTo(401);
    assertThat(staff.post("/v1/leads", huge()).status()).isEqualTo(413);
    assertThat(staff.patch(unknownLead, huge()).status()).isEqualTo(413);
    assertThat(staff.post(unknownLead + "/convert", huge()).status()).isEqualTo(413);
    String tomPath =
        "/v1/leads/" + staff.get("/v1/leads").json().path("items").get(0).path("id").asText();
    assertThat(staff.patch(tomPath, Map.of("dob", "tomorrow")).status()).isEqualTo(400);
    assertThat(
            staff
                .post(
                    tomPath + "/convert", body("username", "tom", "email", "nope", "password", "x"))
                .status())
        .isEqualTo(400);
    assertThat(staff.delete(tomPath).status()).isEqualTo(204);

    // Alice keeps her own contacts; staff see them by customer.
    Api.Reply work =
        alice.post("/v1/contacts", body("email", "alice@work.example", "note", "Work"));
    assertThat(work.status()).isEqualTo(201);
    assertThat(work.text("customer_id")).isEqualTo(aliceProfile);
    String workPath = "/v1/contacts/" + work.text("id");
    assertThat(alice.get("/v1/contacts").json().path("items").size()).isEqualTo(1);
    assertThat(alice.get(workPath).text("email")).isEqualTo("alice@work.example");
    assertThat(alice.patch(workPath, Map.of("phone_number", "+254701000009")).text("kind"))
        .isEqualTo("phone");
    assertThat(staff.get("/v1/contacts?customer_id=" + aliceProfile).json().path("items").size())
        .isEqualTo(1);
    assertThat(staff.get("/v1/contacts").json().path("items").size()).isEqualTo(2);

    // Contact refusals.
    assertThat(
            alice
                .post(
                    "/v1/contacts", body("email", "a@example.com", "phone_number", "+254701000001"))
                .status())
        .isEqualTo(400);
    assertThat(
            alice
                .post(
                    "/v1/contacts",
                    body("lead_id", UUID.randomUUID().toString(), "email", "a@example.com"))
                .status())
        .isEqualTo(403);
    assertThat(alice.get("/v1/contacts?lead_id=" + UUID.randomUUID()).status()).isEqualTo(403);
    assertThat(alice.get("/v1/contacts?customer_id=bad").status()).isEqualTo(400);
    assertThat(bob.get(workPath).status()).isEqualTo(404);
    assertThat(bob.patch(workPath, Map.of("note", "Mine")).status()).isEqualTo(404);
    assertThat(alice.patch(workPath, Map.of("lead_id", kim.text("id"))).status()).isEqualTo(400);
    assertThat(bob.delete(workPath).status()).isEqualTo(404);
    assertThat(anonymous.get("/v1/contacts").status()).isEqualTo(401);
    assertThat(anonymous.post("/v1/contacts", Map.of()).status()).isEqualTo(401);
    assertThat(anonymous.get(workPath).status()).isEqualTo(401);
    assertThat(anonymous.patch(workPath, Map.of()).status()).isEqualTo(401);
    assertThat(anonymous.delete(workPath).status()).isEqualTo(401);
    assertThat(alice.post("/v1/contacts", huge()).status()).isEqualTo(413);
    assertThat(alice.patch(workPath, huge()).status()).isEqualTo(413);
    assertThat(alice.delete(workPath).status()).isEqualTo(204);

    Set<String> exercised =
        anonymous.exercised().stream()
            .map(entry -> entry.substring(0, entry.lastIndexOf(" → ")))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented =
        document.operationsTagged(TAGS).stream()
            .map(OpenApiDocument.Operation::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(documented).hasSize(15);
    assertThat(exercised).containsAll(documented);
  }

  private static String huge() {
    return "{\"notes\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}";
  }
}

package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad leads and contacts, unknown ids and SQL as text: clear 4xx problems, never a 500. */
class LeadAndContactInputTest {
  private static final String SQL = "'; DROP TABLE leads; --";
  static TestServer server;
  static Api staff;
  static Api customer;
  static String lead;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "lena", Role.STAFF).api();
    customer = Accounts.customer(server, "cora").api();
    lead = staff.post("/v1/leads", Map.of("first_name", "Kim")).text("id");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> badBodies() {
    String unknown = UUID.randomUUID().toString();
    return Stream.of(
        Arguments.of("POST", "/v1/leads", "{\"source\": \"Web\"}", "first_name"),
        Arguments.of("POST", "/v1/leads", "{\"first_name\": [\"Kim\"]}", "first_name"),
        Arguments.of(
            "POST", "/v1/leads", "{\"first_name\": \"K\", \"dob\": \"2999-01-01\"}", "dob"),
        Arguments.of("POST", "/v1/leads", "{\"first_name\": \"K\", \"dob\": 19900101}", "dob"),
        Arguments.of(
            "POST", "/v1/leads", "{\"first_name\": \"K\", \"source\": {\"a\": 1}}", "source"),
        Arguments.of(
            "POST", "/v1/leads", "{\"first_name\": \"" + "k".repeat(151) + "\"}", "first_name"),
        Arguments.of("PATCH", "/v1/leads/{lead}", "{\"first_name\": \"\"}", "first_name"),
        Arguments.of("PATCH", "/v1/leads/{lead}", "{\"notes\": \"a\\u0000b\"}", "notes"),
        Arguments.of("POST", "/v1/leads/{lead}/convert", "{}", "username"),
        Arguments.of(
            "POST",
            "/v1/leads/{lead}/convert",
            "{\"username\": \"kim\", \"email\": \"kim@example.com\", \"password\": \"kim\"}",
            "password"),
        Arguments.of("POST", "/v1/contacts", "{\"customer_id\": \"" + unknown + "\"}", "email"),
        Arguments.of(
            "POST",
            "/v1/contacts",
            "{\"customer_id\": \"" + unknown + "\", \"email\": \"a@example.com\"}",
            "customer_id"),
        Arguments.of(
            "POST",
            "/v1/contacts",
            "{\"lead_id\": \"nope\", \"email\": \"a@example.com\"}",
            "lead_id"),
        Arguments.of(
            "POST",
            "/v1/contacts",
            "{\"lead_id\": \"{lead}\", \"email\": \"not an email\"}",
            "email"),
        Arguments.of(
            "POST",
            "/v1/contacts",
            "{\"lead_id\": \"{lead}\", \"phone_number\": \"0712 345\"}",
            "phone_number"),
        Arguments.of(
            "POST",
            "/v1/contacts",
            "{\"lead_id\": \"{lead}\", \"email\": \"a@example.com\", \"phone_number\": \"+254701000001\"}",
            "phone_number"),
        Arguments.of(
            "POST",
            "/v1/contacts",
            "{\"lead_id\": \"{lead}\", \"email\": \"a@example.com\", \"note\": [1]}",
            "note"));
  }

  @ParameterizedTest(name = "{0} {1} {2} → 400 on {3}")
  @MethodSource("badBodies")
  void aBadField_isNamedInTheProblem(String method, String path, String body, String field) {
    Api.Reply reply =
        staff.send(
            method, path.replace("{lead}", lead), body.replace("{lead}", lead), "application/json");

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").has(field)).as(reply.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/leads", "/v1/contacts", "/v1/leads/{lead}/convert"})
  void malformedJson_isAMalformedBody(String path) {
    Api.Reply reply =
        staff.send("POST", path.replace("{lead}", lead), "{\"first_name\": ", "application/json");

    assertProblem(reply, 400);
    assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:malformed_body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/leads/", "/v1/contacts/"})
  void unknownAndMalformedIds_areNotFound(String prefix) {
    for (String id : new String[] {UUID.randomUUID().toString(), "42", "x%27%20OR%20%271"}) {
      assertProblem(staff.get(prefix + id), 404);
      assertProblem(staff.patch(prefix + id, Map.of("note", "x")), 404);
      assertProblem(staff.delete(prefix + id), 404);
    }
    assertProblem(staff.post("/v1/leads/" + UUID.randomUUID() + "/convert", Map.of()), 404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer_id=nope", "lead_id=1", "customer_id={u}&lead_id={u}"})
  void badContactFilters_areInvalidInput(String query) {
    String uuid = UUID.randomUUID().toString();
    assertProblem(staff.get("/v1/contacts?" + query.replace("{u}", uuid)), 400);
  }

  @Test
  void sqlInLeadsAndContacts_isStoredAndSearchedAsPlainText() {
    Api.Reply created =
        staff.post("/v1/leads", Map.of("first_name", SQL, "last_name", SQL, "source", SQL));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Reply contact =
        staff.post(
            "/v1/contacts",
            Map.of("lead_id", created.text("id"), "email", "bobby@example.com", "note", SQL));
    assertThat(contact.text("note")).isEqualTo(SQL);

    Api.Reply found = staff.get("/v1/leads?source=" + encode(SQL) + "&first_name=" + encode(SQL));
    assertThat(found.json().path("items").findValuesAsText("id"))
        .containsExactly(created.text("id"));
    assertThat(staff.get("/v1/leads?last_name=" + encode("' OR 1=1 --")).json().path("items"))
        .isEmpty();
  }

  @Test
  void aCustomerNamingALead_isForbidden_notInformed() {
    Api.Reply reply =
        customer.post(
            "/v1/contacts",
            Map.of("lead_id", UUID.randomUUID().toString(), "email", "a@b.example"));

    assertProblem(reply, 403);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
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

/**
 * Bad payment cards and bad requests about cards: each is a clear 4xx problem naming the field at
 * fault, never a server error, and never repeats the number.
 */
class CardInputTest {
  private static final String SQL = "'; DROP TABLE credit_cards; --";
  static TestServer server;
  static Api customer;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    customer = Accounts.customer(server, "carla").api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> badCards() {
    return Stream.of(
        card("\"number\": \"4242424242424241\"", "number"),
        card("\"number\": \"4242 4242 4242\"", "number"),
        card("\"number\": \"4242-abcd-4242-4242\"", "number"),
        card("\"number\": {\"digits\": \"4242424242424242\"}", "number"),
        card("\"number\": \"" + SQL + "\"", "number"),
        card("\"number\": \"\"", "number"),
        card("\"expiry\": \"02/25\"", "expiry"),
        card("\"expiry\": \"01/2020\"", "expiry"),
        card("\"expiry\": \"13/30\"", "expiry"),
        card("\"expiry\": \"2030-12\"", "expiry"),
        card("\"expiry\": \"12/99\"", "expiry"),
        card("\"expiry\": [12, 30]", "expiry"),
        cardWithout("\"exp_month\": \"march\", \"exp_year\": 2030", "exp_month"),
        cardWithout("\"exp_month\": 13, \"exp_year\": 2030", "exp_month"),
        cardWithout("\"exp_month\": 12, \"exp_year\": 1999", "exp_year"),
        cardWithout("\"exp_month\": 12", "exp_year"),
        cardWithout("\"exp_month\": 1.5, \"exp_year\": 2030", "exp_month"),
        card("\"exp_month\": 12, \"exp_year\": 2030", "expiry"),
        card("\"cvc\": \"12\"", "cvc"),
        card("\"cvc\": \"1234\"", "cvc"),
        card("\"cvc\": \"abc\"", "cvc"),
        card("\"cvc\": [\"123\"]", "cvc"),
        card("\"number\": \"378282246310005\", \"cvc\": \"123\"", "cvc"),
        card("\"holder\": \"   \"", "holder"),
        card("\"holder\": \"" + "h".repeat(101) + "\"", "holder"),
        card("\"holder\": {\"name\": \"A\"}", "holder"));
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @MethodSource("badCards")
  void aBadCard_isInvalidInputOnItsField_andTheNumberIsNotEchoed(String body, String field) {
    Api.Reply reply = customer.post("/v1/credit-cards", body);

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").has(field)).as(reply.toString()).isTrue();
    assertThat(reply.body()).doesNotContain("4242424242424241", "378282246310005");
  }

  @Test
  void anEmptyBody_namesEveryMissingField() {
    Api.Reply reply = customer.post("/v1/credit-cards", Map.of());

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("number", "expiry", "holder", "cvc");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"number\": ", "[]", "\"4242424242424242\"", "number=4242"})
  void aBodyThatIsNoJsonObject_isMalformed(String body) {
    Api.Reply reply = customer.send("POST", "/v1/credit-cards", body, "application/json");

    assertProblem(reply, 400);
    assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:malformed_body");
  }

  @Test
  void sqlInTheHolder_isKeptAsPlainText() {
    Api.Reply added =
        customer.post(
            "/v1/credit-cards",
            Map.of("number", "5555555555554444", "expiry", "12/30", "holder", SQL, "cvc", "123"));

    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(customer.get("/v1/credit-cards/" + added.text("id")).text("holder")).isEqualTo(SQL);
  }

  @Test
  void aFormEncodedCard_isReadToo() {
    Api.Reply added =
        customer.form(
            "POST",
            "/v1/credit-cards",
            Map.of(
                "number", "6011 1111 1111 1117",
                "exp_month", "7",
                "exp_year", "31",
                "holder", "Carla",
                "cvc", "321"));

    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.text("brand")).isEqualTo("discover");
    assertThat(added.json().path("exp_year").asInt()).isEqualTo(2031);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-uuid", "0190f6b2-7c1e-7a3b-9d4e-123456789abc", "1%27%20OR%201=1"})
  void unknownOrMalformedIds_areNotFound(String id) {
    assertProblem(customer.get("/v1/credit-cards/" + id), 404);
    assertProblem(customer.delete("/v1/credit-cards/" + id), 404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"owner_id=nope", "owner_id=%27%20OR%201%3D1", "limit=0", "cursor=not-a-cursor"})
  void badQueryParameters_areInvalidInput(String query) {
    Api.Reply reply = customer.get("/v1/credit-cards?" + query);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertProblem(reply, 400);
  }

  @Test
  void anotherOwnersId_isForbiddenToACustomer() {
    assertProblem(customer.get("/v1/credit-cards?owner_id=" + UUID.randomUUID()), 403);
  }

  private static Arguments card(String override, String field) {
    return Arguments.of(body(override, "\"expiry\": \"12/30\", "), field);
  }

  /** A card whose expiry comes only from {@code override}. */
  private static Arguments cardWithout(String override, String field) {
    return Arguments.of(body(override, ""), field);
  }

  private static String body(String override, String expiry) {
    String base =
        "{\"number\": \"4242424242424242\", " + expiry + "\"holder\": \"Carla\", \"cvc\": \"737\"";
    return base + ", " + override + "}";
  }
}

package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies the marketplace and billing routes cannot take: broken JSON, fields of the wrong type,
 * negative or malformed amounts, a down payment above the amount, unknown payment frequencies, text
 * too long or with control characters. Each is a 400 problem naming the field, never a 500; text
 * that looks like SQL is only text.
 */
class MarketplaceBadInputTest {
  private static final String SQL = "'; DROP TABLE proposals; --";
  private static final Map<String, String> SERVICE =
      Map.of("kind", "\"lease\"", "name", "\"Leases\"", "fee", "\"50\"");
  private static final Map<String, String> TERMS =
      Map.of(
          "amount", "\"12000\"",
          "down_payment", "\"1000\"",
          "term_days", "365",
          "payment_frequency", "\"monthly\"");
  static TestServer server;
  static Api staff;
  static Accounts.Signed owner;
  static Accounts.Signed buyer;
  static String service;
  static String vehicle;
  static String trade;
  static String offer;
  static String invoice;
  static String card;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "warden", Role.STAFF).api();
    owner = Accounts.customer(server, "olive");
    buyer = Accounts.customer(server, "bruno");
    service = Market.service(staff, "lease", "50.00");
    vehicle = Market.vehicle(server, owner.accessToken());
    trade = Market.listing(server, staff, owner, "lease", "50.00");
    offer = Market.offer(owner.api(), trade, "12000.00");
    invoice = owner.api().get("/v1/invoices").json().at("/items/0/id").asText();
    card = Market.card(server, owner.accessToken());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "POST /v1/services",
        "PATCH /v1/services/{id}",
        "POST /v1/trades",
        "POST /v1/trades/{id}/proposals",
        "POST /v1/proposals/{id}/counter",
        "POST /v1/invoices/{id}/payments",
        "POST /v1/invoices/{id}/void"
      })
  void bodiesThatAreNotJsonObjects_areMalformed(String route) {
    for (String body : new String[] {"{\"amount\": \"1\",", "[{\"amount\": \"1\"}]", "42"}) {
      Api.Reply reply = send(route, body);

      assertProblem(reply, 400);
      assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:malformed_body");
    }
  }

  static Stream<Arguments> serviceFields() {
    List<Arguments> cases = new ArrayList<>();
    String newService = "POST /v1/services";
    cases.add(Arguments.of(newService, "{}", "fee"));
    cases.add(Arguments.of(newService, service("kind", "\"Not a kind!\""), "kind"));
    cases.add(Arguments.of(newService, service("fee", "{\"amount\": 1}"), "fee"));
    cases.add(Arguments.of(newService, service("fee", "\"-1\""), "fee"));
    cases.add(Arguments.of(newService, service("fee", "\"1.001\""), "fee"));
    cases.add(Arguments.of(newService, service("fee", "\"ten\""), "fee"));
    cases.add(Arguments.of(newService, service("fee", "1e400"), "fee"));
    cases.add(Arguments.of(newService, service("name", "[\"Lease\"]"), "name"));
    cases.add(Arguments.of(newService, service("name", "\"" + "n".repeat(101) + "\""), "name"));
    cases.add(Arguments.of(newService, service("active", "\"maybe\""), "active"));
    cases.add(Arguments.of(newService, service("description", "{\"a\": 1}"), "description"));
    String change = "PATCH /v1/services/{id}";
    cases.add(Arguments.of(change, "{\"fee\": -5}", "fee"));
    cases.add(Arguments.of(change, "{\"kind\": \"sell\"}", "kind"));
    cases.add(Arguments.of(change, "{\"name\": \" \"}", "name"));
    cases.add(Arguments.of(change, "{\"active\": [true]}", "active"));
    return cases.stream();
  }

  static Stream<Arguments> tradeFields() {
    List<Arguments> cases = new ArrayList<>();
    String open = "POST /v1/trades";
    cases.add(Arguments.of(open, "{}", "vehicle_id"));
    cases.add(
        Arguments.of(open, "{\"vehicle_id\": 42, \"service_id\": \"{service}\"}", "vehicle_id"));
    cases.add(
        Arguments.of(open, "{\"vehicle_id\": {}, \"service_id\": \"{service}\"}", "vehicle_id"));
    cases.add(
        Arguments.of(open, "{\"vehicle_id\": \"{vehicle}\", \"service_id\": 7}", "service_id"));
    cases.add(
        Arguments.of(
            open,
            "{\"vehicle_id\": \"" + SQL + "\", \"service_id\": \"{service}\"}",
            "vehicle_id"));
    return cases.stream();
  }

  static Stream<Arguments> proposalFields() {
    List<Arguments> cases = new ArrayList<>();
    for (String route :
        List.of("POST /v1/trades/{id}/proposals", "POST /v1/proposals/{id}/counter")) {
      cases.add(Arguments.of(route, "{}", "amount"));
      for (String amount :
          List.of(
              "\"-100\"", "\"0\"", "\"1.234\"", "\"99999999999\"", "\"twelve\"", "true", "1e400")) {
        cases.add(Arguments.of(route, terms("amount", amount), "amount"));
      }
      for (String down : List.of("\"-1\"", "\"12000.01\"", "\"abc\"")) {
        cases.add(Arguments.of(route, terms("down_payment", down), "down_payment"));
      }
      for (String days : List.of("\"ten\"", "1.5", "0", "3651", "[30]", "10000000000")) {
        cases.add(Arguments.of(route, terms("term_days", days), "term_days"));
      }
      for (String every : List.of("\"fortnightly\"", "7", "\"\"", "\"" + SQL + "\"")) {
        cases.add(Arguments.of(route, terms("payment_frequency", every), "payment_frequency"));
      }
      for (String note :
          List.of("{\"a\": 1}", "\"bad\\u0000note\"", "\"" + "n".repeat(2001) + "\"")) {
        cases.add(Arguments.of(route, terms("note", note), "note"));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> billingFields() {
    List<Arguments> cases = new ArrayList<>();
    String pay = "POST /v1/invoices/{id}/payments";
    cases.add(Arguments.of(pay, "{}", "card_id"));
    for (String cardId : List.of("42", "\"card\"", "{}", "\"" + SQL + "\"")) {
      cases.add(Arguments.of(pay, "{\"card_id\": " + cardId + "}", "card_id"));
    }
    for (String amount :
        List.of("\"-5\"", "\"0\"", "\"0.001\"", "\"abc\"", "{\"a\": 1}", "1e400")) {
      cases.add(
          Arguments.of(pay, "{\"card_id\": \"{card}\", \"amount\": " + amount + "}", "amount"));
    }
    String voiding = "POST /v1/invoices/{id}/void";
    for (String reason :
        List.of(
            "{}",
            "{\"reason\": \"\"}",
            "{\"reason\": {\"a\": 1}}",
            "{\"reason\": \"" + "r".repeat(501) + "\"}")) {
      cases.add(Arguments.of(voiding, reason, "reason"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource({"serviceFields", "tradeFields", "proposalFields", "billingFields"})
  void aBadField_isInvalidInputNamingIt_andChangesNothing(String route, String body, String field) {
    String before = records();

    Api.Reply reply = send(route, body);

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").has(field)).as(reply.toString()).isTrue();
    assertThat(records()).isEqualTo(before);
  }

  @Test
  void textThatLooksLikeSql_isStoredAndAnsweredAsText() {
    Api.Reply named = staff.post("/v1/services", Map.of("kind", "sell", "name", SQL, "fee", "1"));
    assertThat(named.status()).isEqualTo(201);
    assertThat(staff.get("/v1/services/" + named.text("id")).text("name")).isEqualTo(SQL);

    Map<String, Object> terms = new HashMap<>(Market.terms("9000.00"));
    terms.put("note", SQL);
    Api.Reply noted = buyer.api().post("/v1/proposals/" + offer + "/counter", terms);
    assertThat(noted.status()).isEqualTo(201);
    assertThat(owner.api().get("/v1/proposals/" + noted.text("id")).text("note")).isEqualTo(SQL);

    Api.Reply keyed =
        owner
            .api()
            .header("Idempotency-Key", "';DROP-TABLE-payments;--")
            .post("/v1/invoices/" + invoice + "/payments", Map.of("card_id", card, "amount", "1"));
    assertThat(keyed.status()).isEqualTo(201);
    owner.api().post("/v1/proposals/" + noted.text("id") + "/decline", Map.of());
    assertThat(owner.api().get("/v1/trades/" + trade).text("status")).isEqualTo("open");
  }

  @Test
  void aFormEncodedProposal_isReadAsTheTypesItsFieldsNeed() {
    Api.Reply reply =
        buyer
            .api()
            .form(
                "POST",
                "/v1/proposals/" + offer + "/counter",
                Map.of(
                    "amount",
                    "11000",
                    "down_payment",
                    "500.5",
                    "term_days",
                    "30",
                    "payment_frequency",
                    "one_time"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.text("down_payment")).isEqualTo("500.50");
    assertThat(reply.text("payment_frequency")).isEqualTo("one-time");
    buyer.api().post("/v1/proposals/" + reply.text("id") + "/cancel", Map.of());
  }

  /**
   * A JSON object of {@code base}'s fields (raw JSON values), {@code field} set to {@code value}.
   */
  private static String json(Map<String, String> base, String field, String value) {
    Map<String, String> fields = new LinkedHashMap<>(base);
    fields.put(field, value);
    List<String> pairs = new ArrayList<>();
    fields.forEach((name, raw) -> pairs.add("\"" + name + "\": " + raw));
    return "{" + String.join(", ", pairs) + "}";
  }

  private static String service(String field, String value) {
    return json(SERVICE, field, value);
  }

  private static String terms(String field, String value) {
    return json(TERMS, field, value);
  }

  /** What the routes under test could change: the service, the trades, proposals and invoice. */
  private static String records() {
    return staff.get("/v1/services/" + service).body()
        + staff.get("/v1/trades?owner_id=" + owner.id() + "&limit=100").body()
        + staff.get("/v1/trades/" + trade + "/proposals").body()
        + staff.get("/v1/invoices/" + invoice).body();
  }

  /** Sends {@code body} as JSON on {@code route}, as a caller allowed to call it. */
  private static Api.Reply send(String route, String body) {
    String json =
        body.replace("{service}", service).replace("{vehicle}", vehicle).replace("{card}", card);
    return switch (route) {
      case "POST /v1/services" -> staff.send("POST", "/v1/services", json, "application/json");
      case "PATCH /v1/services/{id}" ->
          staff.send("PATCH", "/v1/services/" + service, json, "application/json");
      case "POST /v1/trades" -> owner.api().send("POST", "/v1/trades", json, "application/json");
      case "POST /v1/trades/{id}/proposals" ->
          owner.api().send("POST", "/v1/trades/" + trade + "/proposals", json, "application/json");
      case "POST /v1/proposals/{id}/counter" ->
          buyer.api().send("POST", "/v1/proposals/" + offer + "/counter", json, "application/json");
      case "POST /v1/invoices/{id}/payments" ->
          owner
              .api()
              .send("POST", "/v1/invoices/" + invoice + "/payments", json, "application/json");
      case "POST /v1/invoices/{id}/void" ->
          staff.send("POST", "/v1/invoices/" + invoice + "/void", json, "application/json");
      default -> throw new IllegalArgumentException(route);
    };
  }
}

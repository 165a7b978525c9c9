package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad paths and query strings on the marketplace, billing and notification routes: unknown and
 * malformed ids are not found, bad filters, limits and cursors are named, SQL in a search is text
 * that matches nothing.
 */
class MarketplacePathsAndQueriesTest {
  private static final String SQL = "'; DROP TABLE trades; --";
  private static final String[] IDS = {
    UUID.randomUUID().toString(), "not-a-uuid", "42", encode(SQL), "%2e%2e"
  };
  static TestServer server;
  static Api staff;
  static Accounts.Signed customer;
  static String card;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "warden", Role.STAFF).api();
    customer = Accounts.customer(server, "patty");
    card = Market.card(server, customer.accessToken());
    Market.offer(customer.api(), Market.listing(server, staff, customer, "lease", "9.00"), "5000");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A route with an id, as a caller who may call it (staff manage services and void). */
  static Stream<Arguments> idRoutes() {
    return Stream.of(
        Arguments.of("GET", "/v1/services/%s", true),
        Arguments.of("PATCH", "/v1/services/%s", true),
        Arguments.of("DELETE", "/v1/services/%s", true),
        Arguments.of("GET", "/v1/trades/%s", false),
        Arguments.of("DELETE", "/v1/trades/%s", false),
        Arguments.of("GET", "/v1/trades/%s/proposals", false),
        Arguments.of("POST", "/v1/trades/%s/proposals", false),
        Arguments.of("GET", "/v1/proposals/%s", false),
        Arguments.of("POST", "/v1/proposals/%s/accept", false),
        Arguments.of("POST", "/v1/proposals/%s/decline", false),
        Arguments.of("POST", "/v1/proposals/%s/counter", false),
        Arguments.of("POST", "/v1/proposals/%s/cancel", false),
        Arguments.of("GET", "/v1/invoices/%s", false),
        Arguments.of("POST", "/v1/invoices/%s/payments", false),
        Arguments.of("POST", "/v1/invoices/%s/void", true),
        Arguments.of("POST", "/v1/notifications/%s/read", false));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("idRoutes")
  void unknownAndMalformedIds_areNotFound(String method, String template, boolean byStaff) {
    Api caller = byStaff ? staff : customer.api();
    Map<String, Object> body =
        Map.of(
            "name", "Renamed",
            "card_id", card,
            "reason", "Duplicate",
            "amount", "6000",
            "down_payment", "1000",
            "term_days", 365,
            "payment_frequency", "monthly");
    for (String id : IDS) {
      String path = template.formatted(id);
      Api.Reply reply =
          switch (method) {
            case "GET" -> caller.get(path);
            case "DELETE" -> caller.delete(path);
            case "PATCH" -> caller.patch(path, body);
            default -> caller.post(path, body);
          };

      assertProblem(reply, 404);
      assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:not_found");
    }
  }

  static Stream<Arguments> badQueries() {
    return Stream.of(
        Arguments.of("/v1/services?limit=abc", "limit"),
        Arguments.of("/v1/services?cursor=not-a-cursor", "cursor"),
        Arguments.of("/v1/trades?status=sold", "status"),
        Arguments.of("/v1/trades?status=" + encode(SQL), "status"),
        Arguments.of("/v1/trades?owner_id=me", "owner_id"),
        Arguments.of("/v1/trades?service_id=" + encode(SQL), "service_id"),
        Arguments.of("/v1/trades?kind=" + encode("Not a kind!"), "kind"),
        Arguments.of("/v1/trades?year_from=old", "year_from"),
        Arguments.of("/v1/trades?year_to=1e3", "year_to"),
        Arguments.of("/v1/trades?year_to=99999999999", "year_to"),
        Arguments.of("/v1/trades?limit=0", "limit"),
        Arguments.of("/v1/trades?limit=101", "limit"),
        Arguments.of("/v1/trades?cursor=%3D%3D%3D", "cursor"),
        Arguments.of("/v1/invoices?status=late", "status"),
        Arguments.of("/v1/invoices?customer_id=" + encode(SQL), "customer_id"),
        Arguments.of("/v1/invoices?limit=-1", "limit"),
        Arguments.of("/v1/payments?invoice_id=INV-2025-000001", "invoice_id"),
        Arguments.of("/v1/payments?payer_id=patty", "payer_id"),
        Arguments.of("/v1/payments?cursor=" + encode(SQL), "cursor"),
        Arguments.of("/v1/notifications?limit=1.5", "limit"),
        Arguments.of("/v1/notifications?cursor=@@", "cursor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void aBadQueryParameter_isNamedInTheProblem(String path, String parameter) {
    Api.Reply reply = customer.api().get(path);

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").has(parameter)).as(reply.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"brand", "model"})
  void sqlInATradeSearch_isJustTextThatMatchesNothing(String filter) {
    Api.Reply reply = customer.api().get("/v1/trades?" + filter + "=" + encode("' OR '1'='1"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().path("items")).isEmpty();
    assertThat(customer.api().get("/v1/trades").json().path("items")).hasSize(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

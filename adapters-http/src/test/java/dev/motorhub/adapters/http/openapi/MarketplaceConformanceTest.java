package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.billing.PaymentSettings;
import dev.motorhub.application.support.FakePaymentGateway;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives a lease and a sale over HTTP, from the services staff define to the paid invoice, with the
 * missteps clients make on the way, and checks every response against the OpenAPI document ({@link
 * ConformingApi}): every operation of the marketplace, billing and notifications answers every
 * status it documents, and nothing else.
 */
class MarketplaceConformanceTest {
  /** The tags of the operations this test drives. */
  static final Set<String> TAGS =
      Set.of("services", "trades", "proposals", "invoices", "payments", "notifications");

  /**
   * Statuses that only a race between two requests brings about, which one client cannot: a trade
   * opened under a service while staff delete it.
   */
  private static final Set<String> ONLY_IN_A_RACE = Set.of("DELETE /v1/services/{id} → 409");

  private static final String HUGE =
      "{\"note\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}";
  private static final String UNKNOWN = UUID.randomUUID().toString();
  private static final FakePaymentGateway PROVIDER = new FakePaymentGateway();
  static TestServer server;
  static OpenApiDocument document;

  private ConformingApi anonymous;
  private ConformingApi staff;
  private ConformingApi mechanic;
  private ConformingApi olive;
  private ConformingApi bruno;
  private ConformingApi carla;
  private Accounts.Signed staffAccount;
  private Accounts.Signed oliveAccount;
  private Accounts.Signed brunoAccount;
  private Accounts.Signed carlaAccount;
  private String lease;
  private String sale;
  private String leaseTrade;
  private String saleTrade;
  private String golf;

  @BeforeAll
  static void start() {
    // Payments left pending are due to be looked up at once, so the test need not wait.
    server =
        TestServer.start(
            PROVIDER, new PaymentSettings(Duration.ofNanos(1_000), Duration.ofHours(1), 100));
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aLeaseAndASale_getOnlyDocumentedResponses_andEveryDocumentedStatus() {
    signIn();
    defineServices();
    openTrades();
    negotiateTheLease();
    sellAnotherCar();
    handOverTheGolf();
    payTheInvoices();
    voidAnInvoice();
    readTheNotifications();

    Set<String> documented = document.responsesTagged(TAGS);
    documented.removeAll(ONLY_IN_A_RACE);
    assertThat(new TreeSet<>(anonymous.exercised())).isEqualTo(documented);
  }

  private void signIn() {
    anonymous = new ConformingApi(server.api(), document);
    staffAccount = Accounts.administrator(server, "sam", Role.STAFF);
    staff = anonymous.bearer(staffAccount.accessToken());
    mechanic = anonymous.bearer(Accounts.mechanic(server, "mike").accessToken());
    oliveAccount = Accounts.customer(server, "olive");
    brunoAccount = Accounts.customer(server, "bruno");
    carlaAccount = Accounts.customer(server, "carla");
    olive = anonymous.bearer(oliveAccount.accessToken());
    bruno = anonymous.bearer(brunoAccount.accessToken());
    carla = anonymous.bearer(carlaAccount.accessToken());
  }

  /** Staff define a lease, a sale and a rent service; customers read the active ones. */
  private void defineServices() {
    Api.Reply created =
        staff.post(
            "/v1/services",
            body("kind", "lease", "name", "Lease listing", "fee", "50", "description", "Monthly"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("fee")).isEqualTo("50.00");
    lease = created.text("id");
    assertThat(created.header("Location")).isEqualTo("/v1/services/" + lease);
    sale = staff.post("/v1/services", body("kind", "SELL", "name", "Sale", "fee", 25)).text("id");
    String rent =
        staff
            .post("/v1/services", body("kind", "rent", "name", "Rent", "fee", "0", "active", false))
            .text("id");
    assertThat(staff.post("/v1/services", body("kind", "lease", "name", "sale", "fee", "1")))
        .extracting(Api.Reply::status)
        .isEqualTo(409);
    assertThat(staff.post("/v1/services", Map.of()).json().path("errors").has("fee")).isTrue();
    assertThat(olive.post("/v1/services", body("kind", "sell", "name", "Mine", "fee", "1")))
        .extracting(Api.Reply::status)
        .isEqualTo(403);
    assertThat(staff.post("/v1/services", HUGE).status()).isEqualTo(413);
    assertThat(anonymous.post("/v1/services", Map.of()).status()).isEqualTo(401);

    assertThat(olive.get("/v1/services").json().path("items").size()).isEqualTo(2);
    Api.Reply page = staff.get("/v1/services?limit=2");
    assertThat(page.json().path("items").size()).isEqualTo(2);
    assertThat(staff.get("/v1/services?cursor=" + page.text("next_cursor")).json().path("items"))
        .hasSize(1);
    assertThat(olive.get("/v1/services?limit=0").status()).isEqualTo(400);
    assertThat(anonymous.get("/v1/services").status()).isEqualTo(401);
    assertThat(mechanic.get("/v1/services/" + lease).text("kind")).isEqualTo("lease");
    assertThat(olive.get("/v1/services/" + rent).status()).isEqualTo(404);
    assertThat(anonymous.get("/v1/services/" + lease).status()).isEqualTo(401);

    assertThat(staff.patch("/v1/services/" + rent, Map.of("fee", "9.50")).text("fee"))
        .isEqualTo("9.50");
    assertThat(staff.patch("/v1/services/" + rent, Map.of("kind", "lease")).status())
        .isEqualTo(400);
    assertThat(staff.patch("/v1/services/" + rent, Map.of("name", "LEASE LISTING")).status())
        .isEqualTo(409);
    assertThat(olive.patch("/v1/services/" + rent, Map.of("active", true)).status()).isEqualTo(403);
    assertThat(staff.patch("/v1/services/" + UNKNOWN, Map.of("name", "X")).status()).isEqualTo(404);
    assertThat(staff.patch("/v1/services/" + rent, HUGE).status()).isEqualTo(413);
    assertThat(anonymous.patch("/v1/services/" + rent, Map.of()).status()).isEqualTo(401);

    assertThat(olive.delete("/v1/services/" + rent).status()).isEqualTo(403);
    assertThat(staff.delete("/v1/services/" + rent).status()).isEqualTo(204);
    assertThat(staff.delete("/v1/services/" + rent).status()).isEqualTo(404);
    assertThat(anonymous.delete("/v1/services/" + rent).status()).isEqualTo(401);
  }

  /** Olive puts a car up for lease and another for sale; everyone browses them. */
  private void openTrades() {
    String corolla = Market.vehicle(server, oliveAccount.accessToken());
    golf = Market.vehicle(server, oliveAccount.accessToken(), "Volkswagen", "Golf", 2021);
    String brunos = Market.vehicle(server, brunoAccount.accessToken());
    Api.Reply opened = olive.post("/v1/trades", body("vehicle_id", corolla, "service_id", lease));
    assertThat(opened.status()).isEqualTo(201);
    leaseTrade = opened.text("id");
    assertThat(opened.json().path("vehicle").path("brand").asText()).isEqualTo("Toyota");
    assertThat(opened.json().path("service").path("id").asText()).isEqualTo(lease);
    assertThat(olive.post("/v1/trades", body("vehicle_id", corolla, "service_id", sale)))
        .extracting(Api.Reply::status)
        .isEqualTo(409);
    assertThat(olive.post("/v1/trades", body("vehicle_id", brunos, "service_id", sale)))
        .extracting(Api.Reply::status)
        .isEqualTo(404);
    String retired = Market.service(staffAccount.api(), "sell", "10.00");
    staff.patch("/v1/services/" + retired, Map.of("active", false));
    assertThat(olive.post("/v1/trades", body("vehicle_id", golf, "service_id", retired)))
        .extracting(Api.Reply::status)
        .isEqualTo(422);
    assertThat(mechanic.post("/v1/trades", body("vehicle_id", golf, "service_id", sale)))
        .extracting(Api.Reply::status)
        .isEqualTo(403);
    assertThat(olive.post("/v1/trades", Map.of("vehicle_id", "car")).status()).isEqualTo(400);
    assertThat(olive.post("/v1/trades", HUGE).status()).isEqualTo(413);
    assertThat(anonymous.post("/v1/trades", Map.of()).status()).isEqualTo(401);
    saleTrade = olive.post("/v1/trades", body("vehicle_id", golf, "service_id", sale)).text("id");

    assertThat(bruno.get("/v1/trades").json().path("items").size()).isEqualTo(2);
    JsonNode leases =
        bruno.get("/v1/trades?kind=lease&brand=toy&year_from=2015&year_to=2019&limit=5").json();
    assertThat(leases.path("items").get(0).path("id").asText()).isEqualTo(leaseTrade);
    assertThat(bruno.get("/v1/trades?year_from=old").json().path("errors").has("year_from"))
        .isTrue();
    assertThat(anonymous.get("/v1/trades").status()).isEqualTo(401);
    assertThat(bruno.get("/v1/trades?status=closed&owner_id=" + oliveAccount.id()).status())
        .isEqualTo(403);
    assertThat(mechanic.get("/v1/trades/" + leaseTrade).text("status")).isEqualTo("open");
    assertThat(bruno.get("/v1/trades/" + UNKNOWN).status()).isEqualTo(404);
    assertThat(anonymous.get("/v1/trades/" + leaseTrade).status()).isEqualTo(401);
  }

  /**
   * Olive's first offer issues her lease invoice; Bruno and Carla counter; Olive declines Carla's
   * and counters Bruno's; Bruno accepts, which closes the trade and the proposals left.
   */
  private void negotiateTheLease() {
    String proposals = "/v1/trades/" + leaseTrade + "/proposals";
    Api.Reply offered = olive.post(proposals, Market.terms("12000.00"));
    assertThat(offered.status()).isEqualTo(201);
    String offer = offered.text("id");
    assertThat(offered.header("Location")).isEqualTo("/v1/proposals/" + offer);
    assertThat(offered.text("instalments")).isEqualTo("12");
    assertThat(offered.text("instalment")).isEqualTo("916.67");
    assertThat(offered.json().path("addressee_id").isNull()).isTrue();
    assertThat(bruno.post(proposals, Market.terms("9000.00")).status()).isEqualTo(422);
    assertThat(mechanic.post(proposals, Market.terms("9000.00")).status()).isEqualTo(403);
    assertThat(olive.post("/v1/trades/" + UNKNOWN + "/proposals", Market.terms("9000.00")))
        .extracting(Api.Reply::status)
        .isEqualTo(404);
    assertThat(olive.post(proposals, Map.of("amount", "-5", "term_days", 30)).status())
        .isEqualTo(400);
    assertThat(olive.post(proposals, HUGE).status()).isEqualTo(413);
    assertThat(anonymous.post(proposals, Map.of()).status()).isEqualTo(401);

    String brunos = Market.counter(brunoAccount.api(), offer, "11000.00");
    String carlas = Market.counter(carlaAccount.api(), offer, "10500.00");
    assertThat(olive.post("/v1/proposals/" + offer + "/counter", Market.terms("9000.00")))
        .extracting(Api.Reply::status)
        .isEqualTo(422);
    assertThat(mechanic.post("/v1/proposals/" + offer + "/counter", Market.terms("9000.00")))
        .extracting(Api.Reply::status)
        .isEqualTo(403);
    assertThat(bruno.post("/v1/proposals/" + UNKNOWN + "/counter", Market.terms("9000.00")))
        .extracting(Api.Reply::status)
        .isEqualTo(404);
    assertThat(bruno.post("/v1/proposals/" + offer + "/counter", Map.of()).status()).isEqualTo(400);
    assertThat(bruno.post("/v1/proposals/" + offer + "/counter", HUGE).status()).isEqualTo(413);
    assertThat(anonymous.post("/v1/proposals/" + offer + "/counter", Map.of()).status())
        .isEqualTo(401);

    assertThat(olive.get(proposals).json().path("items").size()).isEqualTo(3);
    assertThat(bruno.get(proposals).json().path("items").size()).isEqualTo(2);
    assertThat(bruno.get("/v1/trades/" + UNKNOWN + "/proposals").status()).isEqualTo(404);
    assertThat(bruno.get(proposals + "?limit=0").status()).isEqualTo(400);
    JsonNode firstPage = olive.get(proposals + "?limit=1").json();
    assertThat(firstPage.path("items")).hasSize(1);
    assertThat(olive.get(proposals + "?cursor=" + firstPage.path("next_cursor").asText()).status())
        .isEqualTo(200);
    assertThat(anonymous.get(proposals).status()).isEqualTo(401);
    assertThat(carla.get("/v1/proposals/" + carlas).text("addressee_id"))
        .isEqualTo(oliveAccount.id());
    assertThat(bruno.get("/v1/proposals/" + carlas).status()).isEqualTo(404);
    assertThat(anonymous.get("/v1/proposals/" + carlas).status()).isEqualTo(401);

    assertThat(bruno.post("/v1/proposals/" + offer + "/decline", Map.of()).status()).isEqualTo(422);
    assertThat(staff.post("/v1/proposals/" + carlas + "/decline", Map.of()).status())
        .isEqualTo(403);
    assertThat(olive.post("/v1/proposals/" + carlas + "/decline", Map.of()).text("status"))
        .isEqualTo("declined");
    assertThat(olive.post("/v1/proposals/" + UNKNOWN + "/decline", Map.of()).status())
        .isEqualTo(404);
    assertThat(anonymous.post("/v1/proposals/" + carlas + "/decline", Map.of()).status())
        .isEqualTo(401);
    Api.Reply countered = olive.post("/v1/proposals/" + brunos + "/counter", Market.terms("11500"));
    assertThat(countered.text("addressee_id")).isEqualTo(brunoAccount.id());
    assertThat(olive.get("/v1/proposals/" + brunos).text("status")).isEqualTo("countered");

    String second = Market.offer(oliveAccount.api(), leaseTrade, "12500.00");
    assertThat(bruno.post("/v1/proposals/" + second + "/cancel", Map.of()).status()).isEqualTo(403);
    assertThat(olive.post("/v1/proposals/" + second + "/cancel", Map.of()).text("status"))
        .isEqualTo("cancelled");
    assertThat(carla.post("/v1/proposals/" + carlas + "/cancel", Map.of()).status()).isEqualTo(422);
    assertThat(olive.post("/v1/proposals/" + UNKNOWN + "/cancel", Map.of()).status())
        .isEqualTo(404);
    assertThat(anonymous.post("/v1/proposals/" + second + "/cancel", Map.of()).status())
        .isEqualTo(401);

    String answer = "/v1/proposals/" + countered.text("id") + "/accept";
    assertThat(olive.post(answer, Map.of()).status()).isEqualTo(422);
    assertThat(mechanic.post(answer, Map.of()).status()).isEqualTo(403);
    assertThat(bruno.post("/v1/proposals/" + UNKNOWN + "/accept", Map.of()).status())
        .isEqualTo(404);
    assertThat(anonymous.post(answer, Map.of()).status()).isEqualTo(401);
    Api.Reply accepted = bruno.post(answer, Map.of());
    assertThat(accepted.text("status")).isEqualTo("accepted");
    assertThat(accepted.text("accepted_by")).isEqualTo(brunoAccount.id());
    assertThat(olive.post("/v1/proposals/" + brunos + "/accept", Map.of()).text("detail"))
        .isEqualTo("This trade is closed.");
    JsonNode closed = bruno.get("/v1/trades/" + leaseTrade).json();
    assertThat(closed.path("status").asText()).isEqualTo("closed");
    assertThat(closed.path("buyer_id").asText()).isEqualTo(brunoAccount.id());
    assertThat(olive.get("/v1/proposals/" + offer).text("closed_reason"))
        .isEqualTo("Another proposal on this trade was accepted.");
    assertThat(olive.delete("/v1/trades/" + leaseTrade).status()).isEqualTo(422);
    assertThat(staff.delete("/v1/services/" + lease).status()).isEqualTo(422);
  }

  /** Carla takes Olive's offer for the Golf: the sale is invoiced; Bruno cancels his lease. */
  private void sellAnotherCar() {
    String offer = Market.offer(oliveAccount.api(), saleTrade, "8000.00");
    assertThat(carla.post("/v1/proposals/" + offer + "/accept", Map.of()).status()).isEqualTo(200);

    String bmw = Market.vehicle(server, brunoAccount.accessToken(), "BMW", "X3", 2020);
    String brunos = Market.trade(brunoAccount.api(), bmw, lease);
    assertThat(olive.delete("/v1/trades/" + brunos).status()).isEqualTo(403);
    Api.Reply cancelled = bruno.delete("/v1/trades/" + brunos);
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("cancelled");
    assertThat(cancelled.json().path("ended_at").isNull()).isFalse();
    assertThat(olive.delete("/v1/trades/" + brunos).status()).isEqualTo(404);
    assertThat(anonymous.delete("/v1/trades/" + brunos).status()).isEqualTo(401);
  }

  /**
   * The Golf waits in Olive's garage, sold to Carla and not to be traded again, until Olive records
   * its handover; then it is Carla's to sell. Carla may not record it, Bruno does not see the sale,
   * and a lease or a second handover has nothing to hand over.
   */
  private void handOverTheGolf() {
    String handover = "/v1/trades/" + saleTrade + "/handover";
    assertThat(olive.get("/v1/trades/" + saleTrade).json().at("/handover/status").asText())
        .isEqualTo("pending");
    assertThat(
            olive.post("/v1/trades", body("vehicle_id", golf, "service_id", sale)).text("detail"))
        .isEqualTo(Vehicle.AWAITING_HANDOVER);

    assertThat(anonymous.post(handover, Map.of()).status()).isEqualTo(401);
    assertThat(carla.post(handover, Map.of()).status()).isEqualTo(403);
    assertThat(bruno.post(handover, Map.of()).status()).isEqualTo(404);
    assertThat(olive.post("/v1/trades/" + leaseTrade + "/handover", Map.of()).status())
        .isEqualTo(422);
    Api.Reply handedOver = olive.post(handover, Map.of());
    assertThat(handedOver.status()).isEqualTo(200);
    assertThat(handedOver.json().at("/handover/status").asText()).isEqualTo("done");
    assertThat(handedOver.json().at("/handover/recorded_by").asText()).isEqualTo(oliveAccount.id());
    assertThat(handedOver.json().at("/vehicle/owner_id").asText()).isEqualTo(carlaAccount.id());
    assertThat(staff.post(handover, Map.of()).status()).isEqualTo(422);
    assertThat(carla.post("/v1/trades", body("vehicle_id", golf, "service_id", sale)).status())
        .isEqualTo(201);
  }

  /** Olive pays her lease invoice in two parts, a retry included; she owes nothing more. */
  private void payTheInvoices() {
    JsonNode invoices = olive.get("/v1/invoices?status=open").json().path("items");
    assertThat(invoices.size()).isEqualTo(2);
    JsonNode exposure = invoices.get(0);
    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    assertThat(exposure.path("number").asText()).isEqualTo("INV-" + year + "-000001");
    assertThat(exposure.path("source").path("kind").asText()).isEqualTo("lease_exposure");
    assertThat(exposure.path("total").asText()).isEqualTo("50.00");
    assertThat(invoices.get(1).path("source").path("kind").asText()).isEqualTo("trade_deal");
    String invoice = "/v1/invoices/" + exposure.path("id").asText();
    assertThat(olive.get(invoice).text("due_on"))
        .isEqualTo(LocalDate.parse(exposure.path("issued_on").asText()).plusDays(30).toString());
    assertThat(olive.get("/v1/invoices?status=late").status()).isEqualTo(400);
    assertThat(anonymous.get("/v1/invoices").status()).isEqualTo(401);
    assertThat(bruno.get("/v1/invoices?customer_id=" + oliveAccount.id()).status()).isEqualTo(403);
    assertThat(bruno.get(invoice).status()).isEqualTo(404);
    assertThat(anonymous.get(invoice).status()).isEqualTo(401);

    String card = Market.card(server, oliveAccount.accessToken());
    String brunosCard = Market.card(server, brunoAccount.accessToken());
    String payments = invoice + "/payments";
    ConformingApi retrying = olive.with(oliveAccount.api().header("Idempotency-Key", "part-1"));
    Api.Reply first = retrying.post(payments, body("card_id", card, "amount", "20.00"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(first.json().path("invoice").path("owed").asText()).isEqualTo("30.00");
    Api.Reply replay = retrying.post(payments, body("card_id", card, "amount", 20));
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.json().path("payment").path("id")).isEqualTo(first.json().at("/payment/id"));
    assertThat(retrying.post(payments, body("card_id", card, "amount", "25.00")).status())
        .isEqualTo(422);
    assertThat(olive.post(payments, body("card_id", card, "amount", "30.01")).status())
        .isEqualTo(422);
    assertThat(olive.post(payments, body("card_id", brunosCard)).status()).isEqualTo(404);
    assertThat(olive.post(payments, body("card_id", card, "amount", "-5")).status()).isEqualTo(400);
    assertThat(olive.post(payments, HUGE).status()).isEqualTo(413);
    assertThat(olive.post("/v1/invoices/" + UNKNOWN + "/payments", body("card_id", card)))
        .extracting(Api.Reply::status)
        .isEqualTo(404);
    assertThat(anonymous.post(payments, Map.of()).status()).isEqualTo(401);

    PROVIDER.declines("Your card was declined.");
    Api.Reply declined = olive.post(payments, body("card_id", card, "amount", "5.00"));
    PROVIDER.succeeds();
    assertThat(declined.status()).isEqualTo(422);
    assertThat(declined.text("detail")).isEqualTo("Your card was declined.");

    // The provider does not answer in time: the payment stays pending, holding what it pays.
    PROVIDER.timesOut();
    ConformingApi paying = olive.with(oliveAccount.api().header("Idempotency-Key", "the-rest"));
    Api.Reply pending = paying.post(payments, body("card_id", card));
    PROVIDER.succeeds();
    assertThat(pending.status()).isEqualTo(202);
    assertThat(pending.json().at("/payment/status").asText()).isEqualTo("pending");
    assertThat(pending.json().at("/payment/paid_at").isNull()).isTrue();
    assertThat(pending.json().at("/invoice/pending").asText()).isEqualTo("30.00");
    assertThat(pending.json().at("/invoice/owed").asText()).isEqualTo("30.00");
    Api.Reply stillPending = paying.post(payments, body("card_id", card));
    assertThat(stillPending.status()).isEqualTo(202);
    assertThat(stillPending.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(olive.post(payments, body("card_id", card)).status()).isEqualTo(422);
    // The sweep learns from the provider that the card was charged.
    PROVIDER.completes(PaymentId.parse(pending.json().at("/payment/id").asText(), "id"));
    assertThat(server.core().billing().resolvePendingPayments().resolve().succeeded()).isEqualTo(1);
    Api.Reply settled = paying.post(payments, body("card_id", card));
    assertThat(settled.status()).isEqualTo(201);
    assertThat(settled.json().at("/payment/status").asText()).isEqualTo("succeeded");
    assertThat(settled.json().at("/invoice/status").asText()).isEqualTo("paid");
    assertThat(olive.post(payments, body("card_id", card)).status()).isEqualTo(422);

    JsonNode paid = olive.get("/v1/payments?invoice_id=" + exposure.path("id").asText()).json();
    assertThat(paid.path("items").size()).isEqualTo(3);
    assertThat(paid.path("items").get(0).path("card_last4").asText()).isEqualTo("4242");
    assertThat(paid.at("/items/1/status").asText()).isEqualTo("failed");
    assertThat(paid.at("/items/1/failure_reason").asText()).isEqualTo("Your card was declined.");
    assertThat(paid.at("/items/2/status").asText()).isEqualTo("succeeded");
    assertThat(staff.get("/v1/payments?payer_id=" + oliveAccount.id()).json().path("items"))
        .hasSize(3);
    assertThat(bruno.get("/v1/payments").json().path("items")).isEmpty();
    assertThat(staff.get("/v1/payments?payer_id=olive").status()).isEqualTo(400);
    assertThat(anonymous.get("/v1/payments").status()).isEqualTo(401);
    assertThat(bruno.get("/v1/payments?payer_id=" + oliveAccount.id()).status()).isEqualTo(403);
  }

  /** Staff void the sale invoice, giving the reason; nothing is owed on it any more. */
  private void voidAnInvoice() {
    String invoice =
        staff
            .get("/v1/invoices?status=open&customer_id=" + oliveAccount.id())
            .json()
            .at("/items/0/id")
            .asText();
    String voiding = "/v1/invoices/" + invoice + "/void";
    assertThat(staff.post(voiding, Map.of()).json().path("errors").has("reason")).isTrue();
    assertThat(olive.post(voiding, Map.of("reason", "Mine")).status()).isEqualTo(403);
    assertThat(staff.post(voiding, HUGE).status()).isEqualTo(413);
    assertThat(staff.post("/v1/invoices/" + UNKNOWN + "/void", Map.of("reason", "X")))
        .extracting(Api.Reply::status)
        .isEqualTo(404);
    assertThat(anonymous.post(voiding, Map.of()).status()).isEqualTo(401);
    Api.Reply voided = staff.post(voiding, Map.of("reason", "Sold before listing."));
    assertThat(voided.text("status")).isEqualTo("void");
    assertThat(voided.text("owed")).isEqualTo("0.00");
    assertThat(staff.post(voiding, Map.of("reason", "Again")).status()).isEqualTo(422);
  }

  /** Everyone heard of what concerned them; Olive reads one notification, then all of them. */
  private void readTheNotifications() {
    JsonNode inbox = olive.get("/v1/notifications?limit=2").json();
    assertThat(inbox.path("unread_count").asInt()).isGreaterThan(2);
    assertThat(inbox.path("next_cursor").isTextual()).isTrue();
    assertThat(olive.get("/v1/notifications?cursor=" + inbox.path("next_cursor").asText()))
        .extracting(Api.Reply::status)
        .isEqualTo(200);
    assertThat(olive.get("/v1/notifications?cursor=nonsense").status()).isEqualTo(400);
    assertThat(anonymous.get("/v1/notifications").status()).isEqualTo(401);
    String first = "/v1/notifications/" + inbox.at("/items/0/id").asText() + "/read";
    assertThat(bruno.post(first, Map.of()).status()).isEqualTo(404);
    assertThat(anonymous.post(first, Map.of()).status()).isEqualTo(401);
    assertThat(olive.post(first, Map.of()).text("read")).isEqualTo("true");
    assertThat(olive.post("/v1/notifications/read", Map.of()).status()).isEqualTo(204);
    assertThat(olive.get("/v1/notifications").json().path("unread_count").asInt()).isZero();
    assertThat(anonymous.post("/v1/notifications/read", Map.of()).status()).isEqualTo(401);
  }
}

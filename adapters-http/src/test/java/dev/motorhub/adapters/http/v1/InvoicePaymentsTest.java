package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paying invoices over HTTP: in parts until nothing is owed, never more than is owed, only with a
 * card on the billed customer's file, and once per {@code Idempotency-Key} however often a client
 * retries. (A late payment needs a clock the test moves; the core's tests prove it.)
 */
class InvoicePaymentsTest {
  static TestServer server;
  static Accounts.Signed staff;
  Accounts.Signed owner;
  String invoice;
  String card;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "warden", Role.STAFF);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A customer with a card on file and an open invoice of 50.00 for a lease's exposure. */
  @BeforeEach
  void invoiceACustomer() {
    owner = Accounts.customer(server, Matrix.unique("olive"));
    invoice = Market.exposureInvoice(server, staff.api(), owner, "50.00");
    card = Market.card(server, owner.accessToken());
  }

  @Test
  void aPartialPaymentThenTheRest_payTheInvoice() {
    Api.Reply part = pay(owner.api(), Map.of("card_id", card, "amount", "20.00"));
    assertThat(part.status()).isEqualTo(201);
    assertThat(part.header("Location")).isEqualTo("/v1/payments?invoice_id=" + invoice);
    assertThat(part.json().at("/payment/amount").asText()).isEqualTo("20.00");
    assertThat(part.json().at("/payment/payer_id").asText()).isEqualTo(owner.id());
    assertThat(part.json().at("/payment/late").asBoolean()).isFalse();
    assertThat(part.json().at("/payment/gateway_reference").asText()).startsWith("card-on-file:");
    assertThat(part.json().at("/payment/status").asText()).isEqualTo("succeeded");
    assertThat(part.json().at("/payment/paid_at").asText())
        .isEqualTo(part.json().at("/payment/settled_at").asText());
    assertThat(part.json().at("/payment/failure_reason").isNull()).isTrue();
    assertThat(part.json().at("/invoice/pending").asText()).isEqualTo("0.00");
    assertThat(part.json().at("/invoice/status").asText()).isEqualTo("open");
    assertThat(part.json().at("/invoice/paid").asText()).isEqualTo("20.00");
    assertThat(part.json().at("/invoice/owed").asText()).isEqualTo("30.00");

    Api.Reply rest = pay(owner.api(), Map.of("card_id", card));

    assertThat(rest.json().at("/payment/amount").asText()).isEqualTo("30.00");
    JsonNode paid = owner.api().get("/v1/invoices/" + invoice).json();
    assertThat(paid.path("status").asText()).isEqualTo("paid");
    assertThat(paid.path("owed").asText()).isEqualTo("0.00");
    assertThat(paid.path("paid_at").isTextual()).isTrue();
    assertProblem(pay(owner.api(), Map.of("card_id", card, "amount", "1.00")), 422);
    assertThat(payments(owner.api())).hasSize(2);
  }

  @Test
  void payingMoreThanIsOwed_isRefused_andRecordsNothing() {
    pay(owner.api(), Map.of("card_id", card, "amount", 45));

    Api.Reply tooMuch = pay(owner.api(), Map.of("card_id", card, "amount", "5.01"));

    assertProblem(tooMuch, 422);
    assertThat(tooMuch.text("detail")).isEqualTo("Only 5.00 is owed on this invoice.");
    assertThat(payments(owner.api())).hasSize(1);
    assertThat(owner.api().get("/v1/invoices/" + invoice).text("owed")).isEqualTo("5.00");
  }

  @Test
  void anotherCustomersCard_isNotFound_andTheInvoiceStaysUnpaid() {
    Accounts.Signed bruno = Accounts.customer(server, Matrix.unique("bruno"));
    String brunosCard = Market.card(server, bruno.accessToken());

    assertProblem(pay(owner.api(), Map.of("card_id", brunosCard)), 404);
    assertProblem(pay(bruno.api(), Map.of("card_id", brunosCard)), 404);
    Api.Reply staffWithIt = pay(staff.api(), Map.of("card_id", brunosCard));
    assertProblem(staffWithIt, 422);
    assertThat(staffWithIt.text("detail"))
        .isEqualTo("Pay with a card on the billed customer's file.");
    assertThat(owner.api().get("/v1/invoices/" + invoice).text("owed")).isEqualTo("50.00");
  }

  @Test
  void staffRecordAPayment_withTheCustomersCardOnFile() {
    Api.Reply recorded = pay(staff.api(), Map.of("card_id", card, "amount", "50.00"));

    assertThat(recorded.status()).isEqualTo(201);
    assertThat(recorded.json().at("/payment/payer_id").asText()).isEqualTo(owner.id());
    assertThat(recorded.json().at("/payment/recorded_by").asText()).isEqualTo(staff.id());
    assertThat(recorded.json().at("/invoice/status").asText()).isEqualTo("paid");
    assertThat(payments(owner.api())).hasSize(1);
  }

  @Test
  void theSameIdempotencyKeyTwice_paysOnce_andAnswersWithTheFirstPayment() {
    Api retrying = owner.api().header("Idempotency-Key", "pay-exposure-1");

    Api.Reply first = pay(retrying, Map.of("card_id", card, "amount", "20.00"));
    Api.Reply again = pay(retrying, Map.of("card_id", card, "amount", "20"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().path("payment")).isEqualTo(first.json().path("payment"));
    assertThat(again.json().at("/invoice/owed").asText()).isEqualTo("30.00");
    assertThat(payments(owner.api())).hasSize(1);
  }

  @Test
  void retriesSentAtOnceWithTheSameKey_payOnce_andAllAnswerTheOnePayment() throws Exception {
    Api retrying = owner.api().header("Idempotency-Key", "pay-at-once");
    List<CompletableFuture<Api.Reply>> replies =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> pay(retrying, Map.of("card_id", card, "amount", "10.00"))))
            .toList();

    Set<String> payments = new HashSet<>();
    for (CompletableFuture<Api.Reply> reply : replies) {
      assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
      payments.add(reply.get().json().at("/payment/id").asText());
    }
    assertThat(payments).hasSize(1);
    assertThat(owner.api().get("/v1/invoices/" + invoice).text("owed")).isEqualTo("40.00");
  }

  @Test
  void theSameKeyForAnotherPayment_isRefused() {
    Api retrying = owner.api().header("Idempotency-Key", "pay-exposure-2");
    pay(retrying, Map.of("card_id", card, "amount", "20.00"));
    String otherCard = Market.card(server, owner.accessToken(), Market.MASTERCARD);

    Api.Reply otherAmount = pay(retrying, Map.of("card_id", card, "amount", "25.00"));
    Api.Reply withOtherCard = pay(retrying, Map.of("card_id", otherCard, "amount", "20.00"));
    Api.Reply owedByDefault = pay(retrying, Map.of("card_id", card));

    assertProblem(otherAmount, 422);
    assertThat(otherAmount.text("detail")).contains("Idempotency-Key");
    assertProblem(withOtherCard, 422);
    assertProblem(owedByDefault, 422);
    assertThat(payments(owner.api())).hasSize(1);
  }

  @Test
  void aKeyIsTheCallersOwn_soAnotherCallersSameKeyIsAnotherPayment() {
    Accounts.Signed bruno = Accounts.customer(server, Matrix.unique("bruno"));
    String brunosInvoice = Market.exposureInvoice(server, staff.api(), bruno, "50.00");
    String brunosCard = Market.card(server, bruno.accessToken());
    pay(owner.api().header("Idempotency-Key", "shared-key"), Map.of("card_id", card));

    Api.Reply brunos =
        bruno
            .api()
            .header("Idempotency-Key", "shared-key")
            .post("/v1/invoices/" + brunosInvoice + "/payments", Map.of("card_id", brunosCard));

    assertThat(brunos.status()).isEqualTo(201);
    assertThat(brunos.header("Idempotent-Replayed")).isNull();
    assertThat(brunos.json().at("/payment/invoice_id").asText()).isEqualTo(brunosInvoice);
  }

  @Test
  void aMalformedIdempotencyKey_isInvalidInputOnTheHeader() {
    for (String key : new String[] {"two words", "k".repeat(256)}) {
      Api.Reply reply = pay(owner.api().header("Idempotency-Key", key), Map.of("card_id", card));

      assertProblem(reply, 400);
      assertThat(reply.json().path("errors").has("Idempotency-Key")).isTrue();
    }
    assertThat(payments(owner.api())).isEmpty();
  }

  private Api.Reply pay(Api who, Map<String, Object> body) {
    return who.post("/v1/invoices/" + invoice + "/payments", body);
  }

  private JsonNode payments(Api who) {
    return who.get("/v1/payments?invoice_id=" + invoice).json().path("items");
  }
}

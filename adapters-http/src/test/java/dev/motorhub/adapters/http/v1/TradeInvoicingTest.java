package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invoicing rules of the marketplace over HTTP: a lease's owner is invoiced the service's fee
 * on the first proposal, once; a sale's, or any other kind's, when a proposal is accepted, once
 * even when many buyers accept at the same moment; a free service is not invoiced.
 */
class TradeInvoicingTest {
  static TestServer server;
  static Api staff;
  Accounts.Signed owner;
  Accounts.Signed bruno;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "warden", Role.STAFF).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void signIn() {
    owner = Accounts.customer(server, Matrix.unique("olive"));
    bruno = Accounts.customer(server, Matrix.unique("bruno"));
  }

  @Test
  void theOwnersFirstOfferOnALease_issuesOneExposureInvoice_whateverFollows() {
    String trade = trade("lease", "50.00");
    String offer = Market.offer(owner.api(), trade, "12000.00");
    Market.offer(owner.api(), trade, "12500.00");
    Market.counter(bruno.api(), offer, "11000.00");

    JsonNode invoices = invoicesOf(owner);
    assertThat(invoices).hasSize(1);
    assertThat(invoices.get(0).at("/source/kind").asText()).isEqualTo("lease_exposure");
    assertThat(invoices.get(0).at("/source/reference").asText()).isEqualTo(trade);
    assertThat(invoices.get(0).path("total").asText()).isEqualTo("50.00");
    assertThat(invoices.get(0).at("/lines/0/unit_price").asText()).isEqualTo("50.00");
    assertThat(invoicesOf(bruno)).isEmpty();
  }

  @Test
  void aSale_isInvoicedWhenAProposalIsAccepted_notBefore() {
    String trade = trade("sell", "25.00");
    String offer = Market.offer(owner.api(), trade, "8000.00");
    assertThat(invoicesOf(owner)).isEmpty();

    assertThat(bruno.api().post("/v1/proposals/" + offer + "/accept", Map.of()).status())
        .isEqualTo(200);

    JsonNode invoices = invoicesOf(owner);
    assertThat(invoices).hasSize(1);
    assertThat(invoices.get(0).at("/source/kind").asText()).isEqualTo("trade_deal");
    assertThat(invoices.get(0).path("total").asText()).isEqualTo("25.00");
  }

  @Test
  void anotherKindOfService_isInvoicedAsASale_andAFreeServiceIsNotInvoiced() {
    String rent = trade("rent", "15.00");
    Market.offer(owner.api(), trade("lease", "0"), "9000.00");
    String free = Market.offer(owner.api(), trade("sell", "0.00"), "9000.00");
    bruno.api().post("/v1/proposals/" + free + "/accept", Map.of());
    assertThat(invoicesOf(owner)).isEmpty();

    String offer = Market.offer(owner.api(), rent, "3000.00");
    bruno.api().post("/v1/proposals/" + offer + "/accept", Map.of());

    assertThat(invoicesOf(owner))
        .singleElement()
        .satisfies(i -> assertThat(i.path("total").asText()).isEqualTo("15.00"));
  }

  @Test
  void ofManyBuyersAcceptingAtOnce_exactlyOneGetsTheDeal() throws Exception {
    String trade = trade("sell", "25.00");
    String offer = Market.offer(owner.api(), trade, "8000.00");
    List<Api> buyers = new ArrayList<>();
    IntStream.range(0, 8)
        .forEach(i -> buyers.add(Accounts.customer(server, Matrix.unique("rush")).api()));
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Integer>> answers =
        buyers.stream()
            .map(
                buyer ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          await(go);
                          return buyer.post("/v1/proposals/" + offer + "/accept", Map.of());
                        }))
            .map(reply -> reply.thenApply(Api.Reply::status))
            .toList();
    go.countDown();

    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    assertThat(statuses).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 404 || s == 422);
    assertThat(invoicesOf(owner)).hasSize(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String trade(String kind, String fee) {
    return Market.listing(server, staff, owner, kind, fee);
  }

  private static JsonNode invoicesOf(Accounts.Signed customer) {
    return customer.api().get("/v1/invoices").json().path("items");
  }
}

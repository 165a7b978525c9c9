package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proposal rules over HTTP, end to end: the owner's offers, counters both ways, the accept that
 * closes the trade and the other proposals, nobody answering their own, nothing done to a proposal
 * or trade that is past it, and the instalments. (Expiry needs a clock the test moves; the core's
 * tests prove it.)
 */
class ProposalFlowTest {
  static TestServer server;
  static Api staff;
  Accounts.Signed owner;
  Accounts.Signed bruno;
  Accounts.Signed carla;

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
    carla = Accounts.customer(server, Matrix.unique("carla"));
  }

  @Test
  void acceptingACounter_closesTheTrade_andEveryOtherPendingProposal_withTheReason() {
    String trade = trade("lease", "50.00");
    String offer = Market.offer(owner.api(), trade, "12000.00");
    String brunos = Market.counter(bruno.api(), offer, "11000.00");
    String carlas = Market.counter(carla.api(), offer, "10500.00");

    Api.Reply accepted = owner.api().post("/v1/proposals/" + brunos + "/accept", Map.of());

    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.text("status")).isEqualTo("accepted");
    assertThat(accepted.text("accepted_by")).isEqualTo(owner.id());
    JsonNode closed = owner.api().get("/v1/trades/" + trade).json();
    assertThat(closed.path("status").asText()).isEqualTo("closed");
    assertThat(closed.path("buyer_id").asText()).isEqualTo(bruno.id());
    assertThat(closed.path("accepted_proposal_id").asText()).isEqualTo(brunos);
    assertThat(owner.api().get("/v1/trades/" + trade + "/proposals").json().path("items"))
        .extracting(p -> p.path("status").asText())
        .containsExactly("closed", "accepted", "closed");
    JsonNode carlasNow = carla.api().get("/v1/proposals/" + carlas).json();
    assertThat(carlasNow.path("closed_reason").asText())
        .isEqualTo("Another proposal on this trade was accepted.");
    assertThat(carlasNow.path("answered_at").isTextual()).isTrue();
    assertThat(bruno.api().get("/v1/trades/" + trade).status()).isEqualTo(200);
    assertThat(carla.api().get("/v1/trades/" + trade).status()).isEqualTo(404);
    assertThat(bruno.api().get("/v1/trades").json().path("items"))
        .noneMatch(t -> t.path("id").asText().equals(trade));
  }

  @Test
  void aBuyerTakesTheOwnersOffer_andTheOwnerCountersACounter() {
    String offer = Market.offer(owner.api(), trade("lease", "50.00"), "12000.00");
    String brunos = Market.counter(bruno.api(), offer, "11000.00");
    Api.Reply back =
        owner.api().post("/v1/proposals/" + brunos + "/counter", Market.terms("11500.00"));
    assertThat(back.status()).isEqualTo(201);
    assertThat(back.text("addressee_id")).isEqualTo(bruno.id());
    assertThat(back.text("counter_to")).isEqualTo(brunos);
    assertThat(bruno.api().get("/v1/proposals/" + brunos).text("counter_id"))
        .isEqualTo(back.text("id"));
    assertThat(bruno.api().get("/v1/proposals/" + offer).text("status")).isEqualTo("pending");

    Api.Reply taken = carla.api().post("/v1/proposals/" + offer + "/accept", Map.of());

    assertThat(taken.text("accepted_by")).isEqualTo(carla.id());
    assertThat(owner.api().get("/v1/trades/" + taken.text("trade_id")).text("buyer_id"))
        .isEqualTo(carla.id());
    assertThat(bruno.api().get("/v1/proposals/" + back.text("id")).text("status"))
        .isEqualTo("closed");
  }

  @Test
  void nobodyAcceptsCountersOrDeclinesTheirOwnProposal() {
    String offer = Market.offer(owner.api(), trade("lease", "50.00"), "12000.00");
    String brunos = Market.counter(bruno.api(), offer, "11000.00");

    Api.Reply own = owner.api().post("/v1/proposals/" + offer + "/accept", Map.of());
    assertProblem(own, 422);
    assertThat(own.text("detail")).isEqualTo("You cannot accept your own proposal.");
    assertProblem(bruno.api().post("/v1/proposals/" + brunos + "/accept", Map.of()), 422);
    assertProblem(
        bruno.api().post("/v1/proposals/" + brunos + "/counter", Market.terms("9000")), 422);
    assertProblem(bruno.api().post("/v1/proposals/" + brunos + "/decline", Map.of()), 422);
    assertThat(owner.api().get("/v1/proposals/" + brunos).text("status")).isEqualTo("pending");
  }

  @Test
  void onlyTheOwnerMakesOffers_andOnlyTheAddresseeDeclines() {
    String trade = trade("lease", "50.00");
    Api.Reply buyerOffer =
        bruno.api().post("/v1/trades/" + trade + "/proposals", Market.terms("9000"));
    assertProblem(buyerOffer, 422);
    assertThat(buyerOffer.text("detail")).startsWith("Only the owner makes offers");
    String offer = Market.offer(owner.api(), trade, "12000.00");
    assertProblem(bruno.api().post("/v1/proposals/" + offer + "/decline", Map.of()), 422);
    String brunos = Market.counter(bruno.api(), offer, "11000.00");
    assertProblem(carla.api().post("/v1/proposals/" + brunos + "/decline", Map.of()), 404);
    assertProblem(staff.post("/v1/proposals/" + brunos + "/decline", Map.of()), 403);

    Api.Reply declined = owner.api().post("/v1/proposals/" + brunos + "/decline", Map.of());

    assertThat(declined.text("status")).isEqualTo("declined");
    assertThat(owner.api().get("/v1/trades/" + trade).text("status")).isEqualTo("open");
  }

  @Test
  void proposalsThatAreNoLongerPending_areRefused() {
    String trade = trade("lease", "50.00");
    String offer = Market.offer(owner.api(), trade, "12000.00");
    String declined = Market.counter(bruno.api(), offer, "11000.00");
    owner.api().post("/v1/proposals/" + declined + "/decline", Map.of());
    String cancelled = Market.counter(carla.api(), offer, "10000.00");
    carla.api().post("/v1/proposals/" + cancelled + "/cancel", Map.of());
    String countered = Market.counter(bruno.api(), offer, "11200.00");
    String answer = Market.counter(owner.api(), countered, "11700.00");

    refused(owner.api(), declined, "accept", "This proposal is declined.");
    refused(owner.api(), cancelled, "accept", "This proposal is cancelled.");
    refused(owner.api(), countered, "accept", "This proposal is countered.");
    refused(carla.api(), cancelled, "cancel", "This proposal is cancelled.");

    bruno.api().post("/v1/proposals/" + answer + "/accept", Map.of());
    refused(owner.api(), offer, "accept", "This trade is closed.");
    Api.Reply counter =
        bruno.api().post("/v1/proposals/" + answer + "/counter", Market.terms("9000"));
    assertProblem(counter, 422);
    assertThat(counter.text("detail")).isEqualTo("This trade is closed.");
    refused(owner.api(), answer, "cancel", "This trade is closed.");
    assertProblem(
        owner.api().post("/v1/trades/" + trade + "/proposals", Market.terms("9000")), 422);
    assertProblem(owner.api().delete("/v1/trades/" + trade), 422);
  }

  @Test
  void cancellingATrade_closesItsPendingProposals_andFreesTheVehicle() {
    String vehicle = Market.vehicle(server, owner.accessToken());
    String lease = Market.service(staff, "lease", "50.00");
    String trade = Market.trade(owner.api(), vehicle, lease);
    String offer = Market.offer(owner.api(), trade, "12000.00");
    String brunos = Market.counter(bruno.api(), offer, "11000.00");
    assertProblem(
        owner.api().post("/v1/trades", Map.of("vehicle_id", vehicle, "service_id", lease)), 409);

    Api.Reply cancelled = owner.api().delete("/v1/trades/" + trade);

    assertThat(cancelled.text("status")).isEqualTo("cancelled");
    assertThat(bruno.api().get("/v1/proposals/" + brunos).text("closed_reason"))
        .isEqualTo("The trade was cancelled.");
    Api.Reply late = bruno.api().post("/v1/proposals/" + brunos + "/cancel", Map.of());
    assertProblem(late, 422);
    assertThat(late.text("detail")).isEqualTo("This trade is cancelled.");
    assertThat(owner.api().post("/v1/trades", Map.of("vehicle_id", vehicle, "service_id", lease)))
        .extracting(Api.Reply::status)
        .isEqualTo(201);
  }

  @Test
  void theInstalment_isDerivedFromTheTerms_roundedUpToTheCent() {
    String trade = trade("lease", "50.00");
    assertThat(offer(trade, "10000", "0", 30, "one-time")).containsExactly("1", "10000.00");
    assertThat(offer(trade, "10000", "2000", 30, "weekly")).containsExactly("5", "1600.00");
    assertThat(offer(trade, "1000", "0", 28, "biweekly")).containsExactly("2", "500.00");
    assertThat(offer(trade, "12000", "1000", 365, "monthly")).containsExactly("12", "916.67");
    assertThat(offer(trade, "1000", "1000", 90, "MONTHLY")).containsExactly("3", "0.00");
  }

  /** Trying {@code action} on the proposal is a 422 saying {@code why}. */
  private static void refused(Api who, String proposal, String action, String why) {
    Api.Reply reply = who.post("/v1/proposals/" + proposal + "/" + action, Map.of());
    assertProblem(reply, 422);
    assertThat(reply.text("detail")).isEqualTo(why);
  }

  private String trade(String kind, String fee) {
    return Market.listing(server, staff, owner, kind, fee);
  }

  /** The instalments and the instalment of a new offer on these terms. */
  private List<String> offer(String trade, String amount, String down, int days, String every) {
    Api.Reply reply =
        owner
            .api()
            .post(
                "/v1/trades/" + trade + "/proposals",
                Map.of(
                    "amount",
                    amount,
                    "down_payment",
                    down,
                    "term_days",
                    days,
                    "payment_frequency",
                    every));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return List.of(reply.text("instalments"), reply.text("instalment"));
  }
}

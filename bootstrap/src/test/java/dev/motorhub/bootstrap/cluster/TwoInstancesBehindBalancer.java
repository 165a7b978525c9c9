package dev.motorhub.bootstrap.cluster;

import static dev.motorhub.bootstrap.cluster.Balancer.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's races and revocations hold across two instances on one database, behind a load
 * balancer that alternates between them: one winner of many accepts, an invoice never overpaid, a
 * logout, a deactivation and a suspension refused at once on the other instance, and login
 * throttling counting the failures made on both, each client by its own address (the balancer
 * forwards it in {@code X-Forwarded-For}). Run by {@code scripts/cluster-test}, which starts the
 * instances and HAProxy; its name keeps it out of the normal test run, which has no balancer.
 */
class TwoInstancesBehindBalancer {
  private static final int RIVALS = 12;

  /** An odd number of addresses, so that each one's second guess goes to the other instance. */
  private static final int ATTACKERS = 19;

  static Balancer balancer;
  static Api root;

  @BeforeAll
  static void reachTheBalancer() {
    balancer = Balancer.fromEnvironment();
    root = Accounts.logIn(balancer.api(), balancer.adminUsername(), balancer.adminPassword()).api();
  }

  @Test
  void requests_alternateBetweenTheTwoInstances() {
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      instances.add(instance(balancer.api().get("/health/live")));
    }

    assertThat(Set.copyOf(instances)).hasSize(2);
    for (int i = 1; i < instances.size(); i++) {
      assertThat(instances.get(i)).as("request %d", i).isNotEqualTo(instances.get(i - 1));
    }
  }

  @Test
  void manyAcceptsAtOnceOnBothInstances_haveExactlyOneWinner_andTheSaleIsInvoicedOnce() {
    Accounts.Signed owner = customer("acc_owner");
    String trade = Market.trade(owner.api(), vehicle(owner), Market.service(root, "sell", "25.00"));
    String offer = Market.offer(owner.api(), trade, "8000.00");
    List<Api> buyers =
        IntStream.range(0, RIVALS).mapToObj(i -> customer("acc_buyer" + i).api()).toList();

    List<Api.Reply> replies =
        atOnce(buyers, buyer -> buyer.post("/v1/proposals/" + offer + "/accept", Map.of()));

    assertThat(replies).extracting(Api.Reply::status).containsOnlyOnce(200);
    assertThat(replies)
        .as("the losers are told the proposal is gone or taken")
        .allMatch(r -> List.of(200, 404, 409, 422).contains(r.status()));
    assertThat(instancesOf(replies)).hasSize(2);
    assertThat(owner.api().get("/v1/trades/" + trade).text("status")).isEqualTo("closed");
    assertThat(owner.api().get("/v1/invoices").json().path("items")).hasSize(1);
  }

  @Test
  void manyPaymentsAtOnceOnBothInstances_neverPayMoreThanIsOwed() {
    Accounts.Signed owner = customer("pay_owner");
    String trade =
        Market.trade(owner.api(), vehicle(owner), Market.service(root, "lease", "50.00"));
    Market.offer(owner.api(), trade, "12000.00");
    String invoice =
        owner.api().get("/v1/invoices").json().path("items").get(0).path("id").asText();
    String card = Market.card(owner.api(), Market.VISA);

    List<Api.Reply> replies =
        atOnce(
            IntStream.range(0, RIVALS).mapToObj(i -> owner.api()).toList(),
            payer ->
                payer.post(
                    "/v1/invoices/" + invoice + "/payments",
                    Map.of("card_id", card, "amount", "10.00")));

    assertThat(replies).extracting(Api.Reply::status).filteredOn(s -> s == 201).hasSize(5);
    assertThat(replies)
        .as("the others are told that less is owed")
        .allMatch(r -> r.status() == 201 || r.status() == 422);
    assertThat(instancesOf(replies)).hasSize(2);
    Api.Reply paid = owner.api().get("/v1/invoices/" + invoice);
    assertThat(paid.text("status")).isEqualTo("paid");
    assertThat(paid.text("owed")).isEqualTo("0.00");
    BigDecimal total =
        owner
            .api()
            .get("/v1/payments?invoice_id=" + invoice)
            .json()
            .path("items")
            .findValues("amount")
            .stream()
            .map(amount -> new BigDecimal(amount.asText()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("50.00");
  }

  @Test
  void aLogoutOnOneInstance_endsTheSessionOnTheOtherAtOnce() {
    Accounts.Signed alice = customer("logout_alice");
    Api.Reply signedIn = alice.api().get("/v1/me");
    assertThat(signedIn.status()).isEqualTo(200);

    Api.Reply logout =
        balancer.onTheOtherInstance(signedIn, () -> alice.api().post("/v1/auth/logout", Map.of()));
    assertThat(logout.status()).isEqualTo(204);

    Api.Reply afterwards = balancer.onTheOtherInstance(logout, () -> alice.api().get("/v1/me"));
    assertThat(afterwards.status()).isEqualTo(401);
    assertThat(instance(afterwards)).isEqualTo(instance(signedIn));
    Api.Reply refresh =
        balancer.onTheOtherInstance(
            afterwards,
            () ->
                balancer
                    .api()
                    .post("/v1/auth/refresh", Map.of("refresh_token", alice.refreshToken())));
    assertThat(refresh.status()).isEqualTo(401);
  }

  @Test
  void aDeactivationByStaffOnOneInstance_refusesTheAccountsTokenOnTheOtherAtOnce() {
    assertTheTokenIsRefusedOnTheOtherInstanceAfter(
        "deactivated_dora", id -> root.post("/v1/users/" + id + "/deactivate", Map.of()));
  }

  @Test
  void aSuspensionByStaffOnOneInstance_refusesTheAccountsTokenOnTheOtherAtOnce() {
    assertTheTokenIsRefusedOnTheOtherInstanceAfter(
        "suspended_sam", id -> root.patch("/v1/users/" + id, Map.of("status", "suspended")));
  }

  @Test
  void failedLoginsOnBothInstances_countTogether_towardsThrottling() {
    customer("throttled_erin");
    List<Api.Reply> failures = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      failures.add(logIn("throttled_erin", "Wrong-Password-1"));
    }
    assertThat(failures).extracting(Api.Reply::status).containsOnly(401);
    assertThat(instancesOf(failures)).hasSize(2);

    Api.Reply rightPassword = logIn("throttled_erin", Accounts.PASSWORD);
    Api.Reply onTheOther =
        balancer.onTheOtherInstance(
            rightPassword, () -> logIn("throttled_erin", Accounts.PASSWORD));

    for (Api.Reply throttled : List.of(rightPassword, onTheOther)) {
      assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
      assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
    }
  }

  /**
   * A customer's token works on one instance; staff do {@code toTheAccount} (given its id) on the
   * other; the token is refused on the first at once.
   */
  private static void assertTheTokenIsRefusedOnTheOtherInstanceAfter(
      String username, Function<String, Api.Reply> toTheAccount) {
    Accounts.Signed customer = customer(username);
    Api.Reply before = customer.api().get("/v1/me");
    assertThat(before.status()).isEqualTo(200);

    Api.Reply done = balancer.onTheOtherInstance(before, () -> toTheAccount.apply(customer.id()));
    assertThat(done.status()).as(done.toString()).isEqualTo(200);

    Api.Reply after = balancer.onTheOtherInstance(done, () -> customer.api().get("/v1/me"));
    assertThat(after.status()).isEqualTo(401);
    assertThat(instance(after)).isEqualTo(instance(before));
  }

  @Test
  void anAttackersAddresses_arePausedOneByOneAcrossInstances_whileTheOwnerSignsIn() {
    customer("backoff_frank");
    List<Api.Reply> guesses = new ArrayList<>();
    for (int i = 0; i < 2 * ATTACKERS; i++) {
      Api attacker = balancer.api().from("127.0.0." + (2 + i % ATTACKERS));
      guesses.add(logIn(attacker, "backoff_frank", "Wrong-Password-1"));
    }

    assertThat(guesses.subList(0, ATTACKERS)).extracting(Api.Reply::status).containsOnly(401);
    assertThat(guesses.subList(ATTACKERS, 2 * ATTACKERS))
        .extracting(Api.Reply::status)
        .containsOnly(429);
    for (int i = 0; i < ATTACKERS; i++) {
      assertThat(instance(guesses.get(ATTACKERS + i)))
          .as("each address's second guess reaches the other instance")
          .isNotEqualTo(instance(guesses.get(i)));
    }
    Api owner = balancer.api().from("127.0.0.100");
    assertThat(logIn(owner, "backoff_frank", Accounts.PASSWORD).status()).isEqualTo(200);
  }

  private static Accounts.Signed customer(String username) {
    return Accounts.register(balancer.api(), username, "customer");
  }

  private static String vehicle(Accounts.Signed owner) {
    return Market.vehicle(owner.api(), "Toyota", "Corolla", 2018);
  }

  private static Api.Reply logIn(String username, String password) {
    return logIn(balancer.api(), username, password);
  }

  private static Api.Reply logIn(Api client, String username, String password) {
    return client.post("/v1/auth/login", Map.of("username", username, "password", password));
  }

  /**
   * Each client's request, each on a thread of its own, all let go at the same moment; the replies
   * in the clients' order.
   */
  private static List<Api.Reply> atOnce(List<Api> clients, Function<Api, Api.Reply> request) {
    CountDownLatch go = new CountDownLatch(1);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Api.Reply>> replies =
          clients.stream()
              .map(
                  client ->
                      threads.submit(
                          () -> {
                            go.await();
                            return request.apply(client);
                          }))
              .toList();
      go.countDown();
      List<Api.Reply> answered = new ArrayList<>();
      for (Future<Api.Reply> reply : replies) {
        answered.add(reply.get());
      }
      return answered;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Set<String> instancesOf(List<Api.Reply> replies) {
    Set<String> instances = new HashSet<>();
    replies.forEach(reply -> instances.add(instance(reply)));
    return instances;
  }
}

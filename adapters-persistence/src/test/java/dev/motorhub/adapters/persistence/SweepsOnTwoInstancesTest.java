package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.RemindExpiringSubscriptions;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.identity.CreateSubscriptionPlan;
import dev.motorhub.application.identity.PlanTerms;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMatching;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL, each with its own store (its own pool), sweeping at once: a row
 * one of them holds is skipped by the other, never waited for nor taken twice, and nobody is told
 * anything twice.
 */
class SweepsOnTwoInstancesTest {
  private static final long PATIENCE = 30;

  private final TestClock clock = TestClock.start();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private PostgresStore storeA;
  private PostgresStore storeB;
  private Motorhub instanceA;
  private Motorhub instanceB;
  private TestTrading market;

  @BeforeEach
  void twoInstancesOnOneDatabase() {
    PostgresTestDatabase.emptyStore();
    storeA = PostgresStore.connect(PostgresTestDatabase.url(), 3);
    storeB = PostgresStore.connect(PostgresTestDatabase.url(), 3);
    instanceA = core(storeA);
    instanceB = core(storeB);
    market = TestTrading.on(clock, instanceA);
  }

  private Motorhub core(PostgresStore store) {
    return TestMotorhub.builder(store, clock).build();
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    storeA.close();
    storeB.close();
  }

  @Test
  void proposalsOneInstanceHolds_areSkippedByTheOther_andEachExpiresOnce() throws Exception {
    Trade.Open trade = market.trade(market.olive, market.sale);
    List<Proposal.Pending> offers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      offers.add(market.offer(market.olive, trade, (9000 + i) + ".00"));
    }
    clock.advance(Duration.ofDays(8));

    int expiredByB =
        whileAHolds(
            () -> storeA.proposals().claimExpired(clock.instant(), 2).size(),
            () -> instanceB.sweeps().expireProposals().expire());

    assertThat(expiredByB).isEqualTo(1);
    assertThat(instanceA.sweeps().expireProposals().expire()).isEqualTo(2);
    assertThat(instanceB.sweeps().expireProposals().expire()).isZero();
    assertThat(offers)
        .allSatisfy(o -> assertThat(market.reread(o)).isInstanceOf(Proposal.Expired.class));
    assertThat(notices(market.olive, NotificationKind.PROPOSAL_EXPIRED))
        .extracting(Notification::subjectId)
        .containsExactlyInAnyOrderElementsOf(offers.stream().map(o -> o.id().value()).toList());
  }

  @Test
  void twoInstancesRemindingAtOnce_remindEachInvoiceOnceAnOccasion() throws Exception {
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      invoices.add(market.exposureInvoice(market.olive));
    }
    clock.advance(Duration.ofDays(27)); // three days before they fall due

    assertThat(
            race(
                () -> instanceA.sweeps().remindInvoices().remind(),
                () -> instanceB.sweeps().remindInvoices().remind()))
        .isEqualTo(12);
    clock.advance(Duration.ofDays(4)); // the day after

    assertThat(
            race(
                () -> instanceA.sweeps().remindInvoices().remind(),
                () -> instanceB.sweeps().remindInvoices().remind()))
        .isEqualTo(12);

    assertThat(notices(market.olive, NotificationKind.INVOICE_DUE_SOON)).hasSize(12);
    assertThat(notices(market.olive, NotificationKind.INVOICE_OVERDUE)).hasSize(12);
    assertThat(storeA.smsOutbox().list(Optional.empty(), PageRequest.first(100)).items())
        .hasSize(24);
    assertThat(invoices)
        .allSatisfy(
            i ->
                assertThat(market.reread(i))
                    .isInstanceOfSatisfying(
                        Invoice.Open.class, o -> assertThat(o.markedOverdue()).isTrue()));
  }

  @Test
  void twoInstancesNotifyingAtOnce_tellEachBuyerOnceASearchAndTrade() throws Exception {
    for (Principal buyer : List.of(market.bruno, market.carla)) {
      instanceA.matching().savePreference().save(buyer, TestMatching.saleSearch("Any sale", null));
    }
    for (int i = 0; i < 10; i++) {
      Trade.Open trade = market.trade(market.olive, "Toyota", "Corolla", 2019, market.sale);
      market.offer(market.olive, trade, "9000.00");
    }

    assertThat(
            race(
                () -> instanceA.matching().notifyNewMatches().notifyBuyers(),
                () -> instanceB.matching().notifyNewMatches().notifyBuyers()))
        .isEqualTo(20);
    assertThat(notices(market.bruno, NotificationKind.NEW_MATCH)).hasSize(10);
    assertThat(notices(market.carla, NotificationKind.NEW_MATCH)).hasSize(10);
  }

  @Test
  void aChangeOneInstanceHolds_isSkippedByTheOther_andEachMatchIsToldOnce() throws Exception {
    instanceA
        .matching()
        .savePreference()
        .save(market.bruno, TestMatching.saleSearch("Any sale", null));
    for (int i = 0; i < 3; i++) {
      Trade.Open trade = market.trade(market.olive, "Toyota", "Corolla", 2019, market.sale);
      market.offer(market.olive, trade, "9000.00");
    }

    // A holds the oldest change (the search saved); B tells of the trades, which find the search.
    int toldByB =
        whileAHolds(
            () -> storeA.changeQueue().claim(1).size(),
            () -> instanceB.matching().notifyNewMatches().notifyBuyers());

    assertThat(toldByB).isEqualTo(3);
    assertThat(instanceA.matching().notifyNewMatches().notifyBuyers()).isZero();
    assertThat(instanceB.matching().notifyNewMatches().notifyBuyers()).isZero();
    assertThat(notices(market.bruno, NotificationKind.NEW_MATCH)).hasSize(3);
  }

  @Test
  void anAccountOneInstanceHolds_isSkippedByTheOther_andRemindedOnce() throws Exception {
    SubscriptionPlan plan =
        instanceA
            .identity()
            .createSubscriptionPlan()
            .create(
                new CreateSubscriptionPlan.Command(
                    market.staff, new PlanTerms("Monthly", "9.99", 30, true)));
    for (Principal who : List.of(market.olive, market.bruno)) {
      instanceA
          .accounts()
          .updateAccount()
          .update(
              new UpdateAccount.Command(
                  who, who.actor().id(), AccountChanges.subscriptionPlan(plan.id().toString())));
    }
    clock.advance(Duration.ofDays(29));
    Instant now = clock.instant();

    int remindedByB =
        whileAHolds(
            () ->
                storeA
                    .users()
                    .claimSubscriptionsEnding(now, now.plus(RemindExpiringSubscriptions.AHEAD), 1)
                    .size(),
            () -> instanceB.sweeps().remindExpiringSubscriptions().remind());

    assertThat(remindedByB).isEqualTo(1);
    assertThat(instanceA.sweeps().remindExpiringSubscriptions().remind()).isEqualTo(1);
    assertThat(instanceB.sweeps().remindExpiringSubscriptions().remind()).isZero();
    assertThat(notices(market.olive, NotificationKind.SUBSCRIPTION_ENDING)).hasSize(1);
    assertThat(notices(market.bruno, NotificationKind.SUBSCRIPTION_ENDING)).hasSize(1);
  }

  /**
   * Runs {@code sweepB} while a unit of work of instance A holds the rows {@code claimByA} claims,
   * and answers what B's sweep answered; B must neither wait for A nor take A's rows.
   */
  private int whileAHolds(IntSupplier claimByA, Callable<Integer> sweepB) throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Integer> holder =
        threads.submit(
            () ->
                storeA
                    .transactions()
                    .inTransaction(
                        () -> {
                          int claimed = claimByA.getAsInt();
                          held.countDown();
                          try {
                            release.await(PATIENCE, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return claimed;
                        }));
    assertThat(held.await(PATIENCE, TimeUnit.SECONDS)).isTrue();
    try {
      // Bounded: a sweep that waited for A's locks instead of skipping them would time out here.
      return threads.submit(sweepB).get(PATIENCE / 2, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      assertThat(holder.get(PATIENCE, TimeUnit.SECONDS)).isPositive();
    }
  }

  /** Runs both sweeps at once, again and again until both find nothing; answers the total. */
  private int race(Callable<Integer> sweepA, Callable<Integer> sweepB) throws Exception {
    int total = 0;
    while (true) {
      CyclicBarrier start = new CyclicBarrier(2);
      Future<Integer> a =
          threads.submit(
              () -> {
                start.await();
                return sweepA.call();
              });
      Future<Integer> b =
          threads.submit(
              () -> {
                start.await();
                return sweepB.call();
              });
      int round = a.get(PATIENCE, TimeUnit.SECONDS) + b.get(PATIENCE, TimeUnit.SECONDS);
      if (round == 0) {
        return total;
      }
      total += round;
    }
  }

  private List<Notification> notices(Principal who, NotificationKind kind) {
    return market.inbox(who).stream().filter(n -> n.kind() == kind).toList();
  }
}

package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.contract.CarCareFixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.contract.BillingFixtures;
import dev.motorhub.application.contract.CarCareFixtures;
import dev.motorhub.application.contract.Fixtures;
import dev.motorhub.application.contract.Rivals;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Conflict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The car care adapters' own guarantees under concurrency: a day's lock makes a second unit of work
 * on that date wait for the first and then read what it wrote, while other dates go on; two
 * attendance records at once for one mechanic and date leave one record; of several feedbacks at
 * once on one request one is kept and the others are conflicts.
 */
class CarCareLocksTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private PostgresStore store;
  private User alice;
  private Mechanic mo;

  @BeforeEach
  void aCustomerAndAMechanic() {
    store = PostgresTestDatabase.emptyStore();
    alice = CarCareFixtures.account(store, "alice");
    mo = CarCareFixtures.mechanic(store, "mo");
  }

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  @Test
  void aDaysLock_makesTheNextUnitOfWorkOnThatDayWait_andThenSeeWhatTheFirstWrote()
      throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.serviceRequests().lockDay(DAY);
                          store
                              .serviceRequests()
                              .add(CarCareFixtures.scheduled(alice.id(), mo, DAY));
                          locked.countDown();
                          await(commit);
                        }),
            pool);
    locked.await();

    CompletableFuture<Map<?, Integer>> sameDay =
        CompletableFuture.supplyAsync(() -> loadAfterLock(DAY), pool);
    assertThat(loadAfterLock(DAY.plusDays(1))).as("another day goes on").isEmpty();
    Thread.sleep(300);
    assertThat(sameDay).as("the same day waits").isNotDone();

    commit.countDown();
    first.get(10, TimeUnit.SECONDS);
    assertThat(sameDay.get(10, TimeUnit.SECONDS)).isEqualTo(Map.of(mo.id(), 1));
  }

  @Test
  void twoAttendanceRecordsAtOnce_forOneMechanicAndDate_leaveOneRecord() throws Exception {
    List<Attendance> kept =
        Rivals.race(
            8,
            i -> {
              var status = i % 2 == 0 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
              Attendance record = CarCareFixtures.attendance(mo, DAY, status);
              return () ->
                  store.transactions().inTransaction(() -> store.attendance().record(record));
            });

    List<Attendance> stored =
        store.transactions().inTransaction(() -> store.attendance().onDate(DAY));
    assertThat(stored).hasSize(1);
    assertThat(kept).extracting(Attendance::id).containsOnly(stored.getFirst().id());
  }

  @Test
  void twoFeedbacksAtOnce_onOneRequest_keepOne_andRefuseTheOthersAsConflicts() throws Exception {
    Invoice.Open invoice = BillingFixtures.invoice(alice.id());
    ServiceRequest.Completed done =
        CarCareFixtures.scheduled(alice.id(), mo, DAY)
            .start(Fixtures.at(1))
            .complete(invoice.id(), Fixtures.at(2));
    store
        .transactions()
        .run(
            () -> {
              store.invoices().add(invoice);
              store.serviceRequests().add(done);
            });

    List<Boolean> given =
        Rivals.race(
            4,
            i -> {
              Feedback feedback =
                  done.feedback(
                      new FeedbackId(Fixtures.nextId()), new Rating(5), "Great", Fixtures.at(3));
              return () -> {
                try {
                  store.transactions().run(() -> store.feedback().add(feedback));
                  return true;
                } catch (Conflict taken) {
                  return false;
                }
              };
            });

    assertThat(given).containsOnlyOnce(true);
    assertThat(store.transactions().inTransaction(() -> store.feedback().findByRequest(done.id())))
        .isPresent();
  }

  /** Each mechanic's load on {@code date}, read in a unit of work that first locks the date. */
  private Map<?, Integer> loadAfterLock(LocalDate date) {
    return store
        .transactions()
        .inTransaction(
            () -> {
              store.serviceRequests().lockDay(date);
              return store.serviceRequests().loadOn(date);
            });
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

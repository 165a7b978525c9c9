package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.notifications.SmsOutboxFixture.all;
import static dev.motorhub.application.notifications.SmsOutboxFixture.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.notifications.DispatchSms;
import dev.motorhub.application.notifications.SmsDispatchSettings;
import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.application.notifications.SmsSendResult;
import dev.motorhub.application.support.RecordingSmsGateway;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsRetryPolicy;
import dev.motorhub.domain.notifications.SmsStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMS outbox on a real PostgreSQL, dispatched by two servers at once (two stores, each with its
 * own connection pool, over one database): no message is sent by both at the same time, none is
 * lost, and a dispatcher that stops mid-run leaves nothing behind once its claim lapses.
 */
class SmsDispatchOnPostgresTest {
  private static final SmsDispatchSettings SETTINGS =
      new SmsDispatchSettings(
          25,
          Duration.ofMinutes(10),
          new SmsRetryPolicy(50, Duration.ofSeconds(1), Duration.ofSeconds(1)));

  private final TestClock clock = TestClock.start();
  private PostgresStore first;
  private PostgresStore second;

  @BeforeEach
  void twoServersOnOneDatabase() {
    PostgresTestDatabase.emptyStore();
    first = PostgresStore.connect(PostgresTestDatabase.url(), 4);
    second = PostgresStore.connect(PostgresTestDatabase.url(), 4);
  }

  @AfterEach
  void close() {
    first.close();
    second.close();
  }

  private Motorhub on(PostgresStore store, SmsGateway gateway) {
    return TestMotorhub.builder(store, clock).smsGateway(gateway).smsDispatch(SETTINGS).build();
  }

  /** Dispatches until three calls in a row find nothing due, moving time on when idle. */
  private DispatchSms.Summary drain(Motorhub motorhub) {
    int sent = 0;
    for (int idle = 0; idle < 3; ) {
      var summary = motorhub.notifications().dispatchSms().dispatch();
      sent += summary.sent();
      if (summary.idle()) {
        idle++;
        clock.advance(Duration.ofSeconds(1));
      } else {
        idle = 0;
      }
    }
    return new DispatchSms.Summary(0, sent, 0, 0, 0, 0);
  }

  @Test
  void twoDispatchersAtOnce_throughAGatewayThatFailsHalfOfAllSends_sendEachMessageOnce()
      throws Exception {
    var gateway =
        RecordingSmsGateway.answering(
                (id, call) ->
                    call % 2 == 0
                        ? SmsSendResult.retryable("HTTP 503")
                        : RecordingSmsGateway.accept(id))
            .taking(1);
    Motorhub one = on(first, gateway);
    Motorhub two = on(second, gateway);
    List<SmsId> queued = queue(one, 400);

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<DispatchSms.Summary> a = threads.submit(() -> drain(one));
      Future<DispatchSms.Summary> b = threads.submit(() -> drain(two));
      int sentByOne = a.get().sent();
      int sentByTwo = b.get().sent();
      int sentAfter = drain(one).sent();

      assertThat(sentByOne).as("the first server sent some").isPositive();
      assertThat(sentByTwo).as("the second server sent some").isPositive();
      assertThat(sentByOne + sentByTwo + sentAfter).isEqualTo(400);
    } finally {
      threads.shutdownNow();
    }
    assertThat(gateway.concurrentSends()).isZero();
    assertThat(gateway.acceptedTimes()).containsOnlyKeys(queued);
    assertThat(gateway.acceptedTimes().values()).containsOnly(1);
    assertThat(all(two, SmsStatus.SENT)).hasSize(400);
    assertThat(all(two, SmsStatus.PENDING)).isEmpty();
  }

  @Test
  void aDispatcherStoppedMidRun_leavesItsClaimsToLapse_andAnotherServerSendsEveryMessage() {
    var crashing =
        RecordingSmsGateway.answering(
            (id, call) -> {
              if (call == 5) {
                throw new StoppedDispatcher();
              }
              return RecordingSmsGateway.accept(id);
            });
    Motorhub crashed = on(first, crashing);
    var healthy = RecordingSmsGateway.accepting();
    Motorhub survivor = on(second, healthy);
    List<SmsId> queued = queue(crashed, 40);

    assertThatExceptionOfType(StoppedDispatcher.class)
        .isThrownBy(() -> crashed.notifications().dispatchSms().dispatch());
    var meanwhile = survivor.notifications().dispatchSms().dispatch();
    assertThat(meanwhile.sent()).as("the 15 nobody had claimed").isEqualTo(15);

    clock.advance(SETTINGS.lease());
    assertThat(survivor.notifications().dispatchSms().dispatch().sent()).isEqualTo(20);

    assertThat(all(survivor, SmsStatus.SENT)).hasSize(40);
    assertThat(healthy.acceptedTimes().size() + crashing.acceptedTimes().size())
        .isEqualTo(queued.size());
  }

  @Test
  void aClaimInProgress_isSkipped_notWaitedFor_byAnotherServer() throws Exception {
    Motorhub one = on(first, RecordingSmsGateway.accepting());
    List<SmsId> queued = queue(one, 10);
    var held = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<List<SmsId>> holder =
          thread.submit(
              () ->
                  first
                      .transactions()
                      .inTransaction(
                          () -> {
                            var locked = first.smsOutbox().lockDue(clock.instant(), 4);
                            held.countDown();
                            await(release);
                            return locked.stream().map(m -> m.id()).toList();
                          }));
      assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

      List<SmsId> others =
          second
              .transactions()
              .inTransaction(
                  () ->
                      second.smsOutbox().lockDue(clock.instant(), 10).stream()
                          .map(m -> m.id())
                          .toList());
      release.countDown();

      assertThat(others).hasSize(6).doesNotContainAnyElementsOf(holder.get());
      assertThat(holder.get()).hasSize(4);
      assertThat(queued).containsAll(others).containsAll(holder.get());
    } finally {
      release.countDown();
      thread.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What a dispatcher's thread dies of, in a test. */
  private static final class StoppedDispatcher extends Error {
    private static final long serialVersionUID = 1L;
  }
}

package dev.motorhub.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The runner: jobs run again and again, a failing run is reported and retried, close stops. */
class BackgroundJobsTest {
  private static final Duration SHORT = Duration.ofMillis(5);
  private static final long PATIENCE = 10;

  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final BackgroundJobs.Listener listener =
      (job, failure) -> failures.add(job + ": " + failure.getMessage());

  @Test
  void aJob_runsAtStartAndAgainEveryPeriod_onANamedDaemonThread() throws Exception {
    CountDownLatch threeRuns = new CountDownLatch(3);
    List<Thread> threads = new CopyOnWriteArrayList<>();
    try (BackgroundJobs jobs = new BackgroundJobs(listener, Duration.ofSeconds(5))) {
      jobs.every(
          SHORT,
          "tick",
          () -> {
            threads.add(Thread.currentThread());
            threeRuns.countDown();
          });

      assertThat(threeRuns.await(PATIENCE, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(threads).allSatisfy(t -> assertThat(t.getName()).isEqualTo("motorhub-job-tick"));
    assertThat(threads.get(0).isDaemon()).isTrue();
    assertThat(failures).isEmpty();
  }

  @Test
  void aJobThatThrows_isReportedAndRunsAgain_andOtherJobsCarryOn() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    CountDownLatch recovered = new CountDownLatch(1);
    CountDownLatch otherRuns = new CountDownLatch(3);
    try (BackgroundJobs jobs = new BackgroundJobs(listener, Duration.ofSeconds(5))) {
      jobs.every(
              SHORT,
              "flaky",
              () -> {
                if (attempts.incrementAndGet() <= 2) {
                  throw new IllegalStateException("database away");
                }
                recovered.countDown();
              })
          .every(SHORT, "steady", otherRuns::countDown);

      assertThat(recovered.await(PATIENCE, TimeUnit.SECONDS)).isTrue();
      assertThat(otherRuns.await(PATIENCE, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(failures).containsExactly("flaky: database away", "flaky: database away");
  }

  @Test
  void anErrorAndAFailingListener_doNotStopTheJobEither() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    CountDownLatch recovered = new CountDownLatch(1);
    BackgroundJobs.Listener broken =
        (job, failure) -> {
          failures.add(failure.getMessage());
          throw new IllegalStateException("the log is full");
        };
    try (BackgroundJobs jobs = new BackgroundJobs(broken, Duration.ofSeconds(5))) {
      jobs.every(
          SHORT,
          "fragile",
          () -> {
            if (attempts.incrementAndGet() == 1) {
              throw new AssertionError("an error, not an exception");
            }
            recovered.countDown();
          });

      assertThat(recovered.await(PATIENCE, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(failures).containsExactly("an error, not an exception");
  }

  @Test
  void closing_waitsForTheRunningBatch_startsNoOther_andReturnsPromptly() throws Exception {
    CountDownLatch batchStarted = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    AtomicInteger batches = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    BackgroundJobs jobs = new BackgroundJobs(listener, Duration.ofSeconds(PATIENCE));
    jobs.everyInBatches(
        Duration.ofMillis(1),
        "backlog",
        () -> {
          batches.incrementAndGet();
          batchStarted.countDown();
          try {
            mayFinish.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          finished.incrementAndGet();
          return true; // a full batch every time: only closing ends the run
        });
    assertThat(batchStarted.await(PATIENCE, TimeUnit.SECONDS)).isTrue();

    Thread closer = new Thread(jobs::close);
    closer.start();
    while (closer.getState() != Thread.State.WAITING
        && closer.getState() != Thread.State.TIMED_WAITING) {
      Thread.onSpinWait();
    }
    mayFinish.countDown();
    closer.join(TimeUnit.SECONDS.toMillis(PATIENCE));

    assertThat(closer.isAlive()).isFalse();
    assertThat(batches.get()).isEqualTo(1);
    assertThat(finished.get()).isEqualTo(1);
    assertThat(failures).isEmpty();
  }

  @Test
  void aJobStillRunningAfterTheGrace_isInterrupted_andStopSaysSo() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    BackgroundJobs jobs = new BackgroundJobs(listener, Duration.ofMillis(50));
    jobs.every(
        Duration.ofSeconds(1),
        "stuck",
        () -> {
          started.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.countDown();
          }
        });
    assertThat(started.await(PATIENCE, TimeUnit.SECONDS)).isTrue();

    assertThat(jobs.stop()).isFalse();
    assertThat(interrupted.await(PATIENCE, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aBatchedJob_runsAgainAtOnceWhileBatchesComeBackFull() throws Exception {
    AtomicInteger backlog = new AtomicInteger(5);
    CountDownLatch drained = new CountDownLatch(1);
    try (BackgroundJobs jobs = new BackgroundJobs(listener, Duration.ofSeconds(5))) {
      jobs.everyInBatches(
          Duration.ofHours(1),
          "drain",
          () -> {
            boolean full = backlog.getAndUpdate(n -> Math.max(0, n - 2)) >= 2;
            if (!full) {
              drained.countDown();
            }
            return full;
          });

      // One run, a period of an hour: only the batches within the run can have drained it.
      assertThat(drained.await(PATIENCE, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(backlog.get()).isZero();
  }

  @Test
  void aClosedRunner_takesNoJob_andAPeriodMustBePositive() {
    BackgroundJobs jobs = new BackgroundJobs(listener, Duration.ofSeconds(1));
    assertThatThrownBy(() -> jobs.every(Duration.ZERO, "never", () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(jobs.stop()).isTrue();
    assertThatThrownBy(() -> jobs.every(SHORT, "late", () -> {}))
        .isInstanceOf(IllegalStateException.class);
  }
}

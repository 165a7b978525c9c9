package dev.motorhub.application.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs the platform's periodic jobs, each on a daemon thread of its own named after it, with a
 * fixed delay between the end of one run and the start of the next. A run that throws is reported
 * to the {@link Listener} and the job runs again the next period; nothing a job does stops the
 * runner or another job. {@link #close()} lets a running job finish its current batch and waits a
 * bounded time for it.
 */
public final class BackgroundJobs implements AutoCloseable {
  /** Hears what the runner cannot act on itself: a run that failed. The core does not log. */
  @FunctionalInterface
  public interface Listener {
    void failed(String job, Throwable failure);
  }

  private final Listener listener;
  private final Duration grace;
  private final List<ScheduledExecutorService> executors = new ArrayList<>();
  private volatile boolean stopping;

  /**
   * A runner with no job yet, reporting failures to {@code listener}; {@link #close()} waits up to
   * {@code grace} for running jobs.
   */
  public BackgroundJobs(Listener listener, Duration grace) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.grace = Objects.requireNonNull(grace, "grace");
  }

  /**
   * Runs {@code job} now and then again {@code period} after each run ends, until the runner
   * closes.
   */
  public synchronized BackgroundJobs every(Duration period, String name, Runnable job) {
    Objects.requireNonNull(job, "job");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("A job's period is positive");
    }
    if (stopping) {
      throw new IllegalStateException("The runner is closed");
    }
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            work -> {
              Thread thread = new Thread(work, "motorhub-job-" + name);
              thread.setDaemon(true);
              return thread;
            });
    executors.add(executor);
    executor.scheduleWithFixedDelay(
        () -> runOnce(name, job), 0, period.toNanos(), TimeUnit.NANOSECONDS);
    return this;
  }

  /**
   * Runs {@code batch} every {@code period} as {@link #every} does, and within one run again at
   * once while it answers that more may be waiting (it handled a full batch) and the runner is not
   * closing: a backlog is worked off in one run, one batch (one unit of work) at a time.
   */
  public BackgroundJobs everyInBatches(Duration period, String name, BooleanSupplier batch) {
    Objects.requireNonNull(batch, "batch");
    return every(
        period,
        name,
        () -> {
          boolean more = true;
          while (more && !stopping) {
            more = batch.getAsBoolean();
          }
        });
  }

  private void runOnce(String name, Runnable job) {
    try {
      job.run();
    } catch (RuntimeException | Error failure) {
      try {
        listener.failed(name, failure);
      } catch (RuntimeException ignored) {
        // A listener that fails cannot be told so; the job runs again next period all the same.
      }
    }
  }

  /**
   * Stops the runner: no run starts any more, and running jobs finish their current batch. Waits up
   * to the grace for them and answers whether they all finished; a job still running then is
   * interrupted.
   */
  public synchronized boolean stop() {
    stopping = true;
    executors.forEach(ScheduledExecutorService::shutdown);
    long deadline = System.nanoTime() + grace.toNanos();
    boolean finished = true;
    for (ScheduledExecutorService executor : executors) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        finished &= executor.awaitTermination(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        finished = false;
      }
    }
    if (!finished) {
      executors.forEach(ScheduledExecutorService::shutdownNow);
    }
    return finished;
  }

  /** {@link #stop()}, for try-with-resources. */
  @Override
  public void close() {
    stop();
  }
}

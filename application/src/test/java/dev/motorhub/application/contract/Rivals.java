package dev.motorhub.application.contract;

import dev.motorhub.domain.shared.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Runs units of work from several threads at once and collects what each returned. */
public final class Rivals {
  private Rivals() {}

  /**
   * {@code done}, or the code of the core's failure {@code work} ended in; anything else throws.
   */
  public static String outcome(Supplier<?> work) {
    try {
      work.get();
      return "done";
    } catch (Failure refused) {
      return refused.code();
    }
  }

  /** Starts {@code count} works together, the {@code i}th from {@code work.apply(i)}. */
  public static <T> List<T> race(int count, IntFunction<Callable<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    CyclicBarrier start = new CyclicBarrier(count);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<T> each = work.apply(i);
        running.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return each.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> result : running) {
        results.add(result.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}

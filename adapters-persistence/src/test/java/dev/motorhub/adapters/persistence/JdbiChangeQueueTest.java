package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ChangeQueueContract;
import dev.motorhub.application.contract.Fixtures;
import dev.motorhub.domain.notifications.Change;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@code ChangeQueue} contract on PostgreSQL, and that a claim skips the changes another unit
 * of work holds rather than waiting for them.
 */
class JdbiChangeQueueTest extends ChangeQueueContract {
  @Override
  protected Store freshStore() {
    return PostgresTestDatabase.emptyStore();
  }

  @Test
  void aChangeAnotherUnitOfWorkHolds_isSkipped_notWaitedFor() throws Exception {
    Change first = new Change(Fixtures.nextId(), Change.TRADE, Fixtures.nextId(), Fixtures.T0);
    Change second = new Change(Fixtures.nextId(), Change.TRADE, Fixtures.nextId(), Fixtures.T0);
    runTx(
        () -> {
          store.changeQueue().add(first);
          store.changeQueue().add(second);
        });
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<List<Change>> holder =
        CompletableFuture.supplyAsync(
            () ->
                inTx(
                    () -> {
                      List<Change> claimed = store.changeQueue().claim(1);
                      held.countDown();
                      try {
                        release.await(30, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return claimed;
                    }),
            threads);
    assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
    try {
      assertThat(
              CompletableFuture.supplyAsync(
                      () -> inTx(() -> store.changeQueue().claim(10)), threads)
                  .get(15, TimeUnit.SECONDS))
          .containsExactly(second);
    } finally {
      release.countDown();
    }
    assertThat(holder.get(30, TimeUnit.SECONDS)).containsExactly(first);
    threads.shutdown();
  }
}

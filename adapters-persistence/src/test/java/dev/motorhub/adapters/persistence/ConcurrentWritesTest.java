package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.contract.Fixtures;
import dev.motorhub.domain.identity.RefreshToken;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Conflict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Of concurrent transactions that race for the same row, exactly one wins. */
class ConcurrentWritesTest {
  private static final int RIVALS = 4;

  private PostgresStore store;
  private User user;
  private Session session;
  private RefreshToken token;

  @BeforeEach
  void aSignedInAccount() {
    store = PostgresTestDatabase.emptyStore();
    user = Fixtures.user("alice");
    session = Fixtures.session(user.id());
    token = Fixtures.token(session.id(), Fixtures.T0);
    store
        .transactions()
        .run(
            () -> {
              store.users().add(user);
              store.sessions().add(session, token);
            });
  }

  @Test
  void concurrentRotations_ofOneToken_letExactlyOneSucceed() throws Exception {
    List<Boolean> rotated =
        race(
            i ->
                () ->
                    store
                        .transactions()
                        .inTransaction(
                            () ->
                                store
                                    .sessions()
                                    .rotate(
                                        token,
                                        Fixtures.token(session.id(), Fixtures.at(i)),
                                        Fixtures.at(i))));

    assertThat(rotated).containsOnlyOnce(true);
  }

  @Test
  void concurrentUpdates_ofOneVersion_letExactlyOneSucceed() throws Exception {
    List<Boolean> updated =
        race(
            i ->
                () -> {
                  try {
                    store
                        .transactions()
                        .inTransaction(
                            () -> store.users().update(user.withRole(Role.STAFF, Fixtures.at(i))));
                    return true;
                  } catch (Conflict stale) {
                    return false;
                  }
                });

    assertThat(updated).containsOnlyOnce(true);
    assertThat(store.users().findById(user.id()).orElseThrow().version())
        .isEqualTo(user.version() + 1);
  }

  /** Runs {@link #RIVALS} tasks that start together and returns their answers. */
  private static List<Boolean> race(IntFunction<Callable<Boolean>> rival) throws Exception {
    CyclicBarrier start = new CyclicBarrier(RIVALS);
    ExecutorService pool = Executors.newFixedThreadPool(RIVALS);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < RIVALS; i++) {
        Callable<Boolean> task = rival.apply(i + 1);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      List<Boolean> answers = new ArrayList<>();
      for (Future<Boolean> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}

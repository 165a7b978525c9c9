package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Conflict;
import org.junit.jupiter.api.Test;

/** What every {@code Transactions} promises: a unit of work is kept whole or not at all. */
public abstract class TransactionsContract extends StoreContract {

  /** The failure a unit of work ends with in these tests. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aCompletedUnitOfWork_isKept_andItsAnswerReturned() {
    User user = Fixtures.user("alice");

    String answer =
        inTx(
            () -> {
              store.users().add(user);
              return "done";
            });

    assertThat(answer).isEqualTo("done");
    assertThat(inTx(() -> store.users().findById(user.id()))).contains(user);
  }

  @Test
  void aRuntimeException_undoesEveryWriteOfTheUnitOfWork_andIsRethrown() {
    SubscriptionPlan plan = Fixtures.plan("Gold", "10.00");
    User user = Fixtures.user("bob");
    User kept = Fixtures.user("keeper");
    runTx(() -> store.users().add(kept));
    Abort abort = new Abort();

    assertThatExceptionOfType(Abort.class)
        .isThrownBy(
            () ->
                runTx(
                    () -> {
                      store.plans().add(plan);
                      store.users().add(user);
                      store.users().delete(kept.id());
                      store.loginAttempts().recordFailure("k", Fixtures.T0, Fixtures.T0);
                      throw abort;
                    }))
        .isSameAs(abort);

    runTx(
        () -> {
          assertThat(store.plans().findById(plan.id())).isEmpty();
          assertThat(store.users().findById(user.id())).isEmpty();
          assertThat(store.users().findById(kept.id())).contains(kept);
          assertThat(store.loginAttempts().failuresSince("k", Fixtures.T0).count()).isZero();
        });
  }

  @Test
  void aConflict_undoesTheWritesBeforeIt() {
    User first = Fixtures.user("carol");
    runTx(() -> store.users().add(Fixtures.user("dave")));

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(
            () ->
                runTx(
                    () -> {
                      store.users().add(first);
                      store.users().add(Fixtures.user("DAVE"));
                    }));

    assertThat(inTx(() -> store.users().findById(first.id()))).isEmpty();
  }

  @Test
  void aNestedUnitOfWork_joinsTheOuterOne() {
    User inner = Fixtures.user("erin");

    assertThatExceptionOfType(Abort.class)
        .isThrownBy(
            () ->
                runTx(
                    () -> {
                      runTx(() -> store.users().add(inner));
                      assertThat(store.users().findById(inner.id())).contains(inner);
                      throw new Abort();
                    }));

    assertThat(inTx(() -> store.users().findById(inner.id()))).isEmpty();
  }

  @Test
  void aNestedUnitOfWork_thatCompletes_isKeptWithTheOuterOne() {
    User inner = Fixtures.user("fay");
    User outer = Fixtures.user("gus");

    runTx(
        () -> {
          store.users().add(outer);
          runTx(() -> store.users().add(inner));
        });

    assertThat(inTx(() -> store.users().findById(inner.id()))).contains(inner);
    assertThat(inTx(() -> store.users().findById(outer.id()))).contains(outer);
  }

  @Test
  void aRead_answersWhatIsCommitted() {
    User user = Fixtures.user("hal");
    runTx(() -> store.users().add(user));

    assertThat(store.transactions().read(() -> store.users().findById(user.id()))).contains(user);
  }

  @Test
  void aReadInsideAUnitOfWork_seesItsWrites_andTheyAreUndoneWithIt() {
    User user = Fixtures.user("ivy");

    assertThatExceptionOfType(Abort.class)
        .isThrownBy(
            () ->
                runTx(
                    () -> {
                      store.users().add(user);
                      assertThat(store.transactions().read(() -> store.users().findById(user.id())))
                          .contains(user);
                      throw new Abort();
                    }));

    assertThat(inTx(() -> store.users().findById(user.id()))).isEmpty();
  }

  @Test
  void aUnitOfWorkInsideARead_isStillKeptWholeOrNotAtAll() {
    User kept = Fixtures.user("jon");
    User undone = Fixtures.user("kim");

    store
        .transactions()
        .read(
            () -> {
              runTx(() -> store.users().add(kept));
              assertThatExceptionOfType(Abort.class)
                  .isThrownBy(
                      () ->
                          runTx(
                              () -> {
                                store.users().add(undone);
                                throw new Abort();
                              }));
              return null;
            });

    assertThat(inTx(() -> store.users().findById(kept.id()))).contains(kept);
    assertThat(inTx(() -> store.users().findById(undone.id()))).isEmpty();
  }
}

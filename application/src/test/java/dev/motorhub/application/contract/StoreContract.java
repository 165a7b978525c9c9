package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Store;
import dev.motorhub.domain.shared.Conflict;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/** What every port contract shares: an empty store per test, used inside its transactions. */
public abstract class StoreContract {
  protected Store store;

  /** An empty store of the implementation under test. */
  protected abstract Store freshStore();

  @BeforeEach
  protected void openEmptyStore() {
    store = freshStore();
  }

  /** Runs {@code work} as a use case does: in one transaction. */
  protected <T> T inTx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  protected void runTx(Runnable work) {
    store.transactions().run(work);
  }

  /** Asserts that {@code write}, run in a transaction of its own, is refused as a conflict. */
  protected void assertConflict(Runnable write, String field, String message) {
    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> runTx(write))
        .satisfies(
            conflict -> {
              assertThat(conflict.field()).isEqualTo(field);
              assertThat(conflict).hasMessage(message);
            });
  }
}

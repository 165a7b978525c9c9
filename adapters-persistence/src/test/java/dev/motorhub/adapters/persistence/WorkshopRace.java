package dev.motorhub.adapters.persistence;

import dev.motorhub.application.contract.Rivals;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.shared.Failure;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A workshop on an empty PostgreSQL with a connection for each of {@link #PAIRS} pairs of rival
 * calls, for the car care race tests.
 */
abstract class WorkshopRace {
  static final int PAIRS = 10;
  PostgresStore store;
  TestWorkshop shop;

  @BeforeEach
  void aWorkshop() {
    PostgresTestDatabase.emptyStore();
    store = PostgresStore.connect(PostgresTestDatabase.url(), 2 * PAIRS + 2);
    shop = new TestWorkshop(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  /**
   * Runs {@code 2 * PAIRS} calls at once, the {@code i}th {@code call.accept(i)}, and answers how
   * each ended: {@code done}, {@code refused} (one of the core's failures) or what else it threw.
   */
  static List<String> race(IntConsumer call) throws Exception {
    return Rivals.race(
        2 * PAIRS,
        i ->
            () -> {
              try {
                call.accept(i);
                return "done";
              } catch (Failure refused) {
                return "refused";
              } catch (RuntimeException unexpected) {
                return unexpected.toString();
              }
            });
  }
}

package dev.motorhub.application.shared;

import java.util.function.Supplier;

/** Runs one unit of work: all of its changes are kept, or none. */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs a unit of work that only reads. A store may run its statements without a transaction of
   * their own, each seeing what was committed when it started (as each statement of a READ
   * COMMITTED transaction does). A change made inside it is still made in a transaction.
   */
  default <T> T read(Supplier<T> work) {
    return inTransaction(work);
  }

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}

package dev.motorhub.application.shared;

import java.util.function.Supplier;

/** Runs one unit of work: all of its changes are kept, or none. */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}

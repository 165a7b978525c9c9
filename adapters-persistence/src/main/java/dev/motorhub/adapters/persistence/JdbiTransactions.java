package dev.motorhub.adapters.persistence;

import dev.motorhub.application.shared.Transactions;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One database transaction per unit of work (READ COMMITTED, the pool's level): committed when the
 * work returns, rolled back when it throws. The open handle stays with the thread, so repositories
 * run their statements in it, and a unit of work started inside another joins it. A database out of
 * reach is the core's {@code Unavailable}, never a half-done change.
 */
final class JdbiTransactions implements Transactions {
  private final Jdbi jdbi;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  JdbiTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    return DatabaseOutages.guard(
        () ->
            jdbi.inTransaction(
                handle -> {
                  current.set(handle);
                  try {
                    return work.get();
                  } finally {
                    current.remove();
                  }
                }));
  }

  /**
   * Runs statements on the current transaction's handle or, outside any transaction, on a short
   * handle of their own in auto-commit.
   */
  <T> T withHandle(Function<Handle, T> statements) {
    Handle handle = current.get();
    return handle != null
        ? statements.apply(handle)
        : DatabaseOutages.guard(() -> jdbi.withHandle(statements::apply));
  }
}

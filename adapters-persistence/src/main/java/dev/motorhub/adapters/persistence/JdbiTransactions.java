package dev.motorhub.adapters.persistence;

import dev.motorhub.application.shared.Transactions;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One database transaction per unit of work (READ COMMITTED, the pool's level): committed when the
 * work returns, rolled back when it throws. The open handle stays with the thread, so repositories
 * run their statements in it, and a unit of work started inside another joins it. A read runs its
 * statements in auto-commit. A database out of reach is the core's {@code Unavailable}, never a
 * half-done change.
 */
final class JdbiTransactions implements Transactions {
  private final Jdbi jdbi;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  JdbiTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Handle open = current.get();
    if (open == null) {
      return DatabaseOutages.guard(() -> jdbi.inTransaction(handle -> on(handle, work)));
    }
    return open.isInTransaction() ? work.get() : open.inTransaction(handle -> work.get());
  }

  /**
   * Outside any transaction, the statements run in auto-commit on one handle: no BEGIN and COMMIT
   * around them. A unit of work started inside it opens a transaction on that handle.
   */
  @Override
  public <T> T read(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    return DatabaseOutages.guard(() -> jdbi.withHandle(handle -> on(handle, work)));
  }

  private <T> T on(Handle handle, Supplier<T> work) {
    current.set(handle);
    try {
      return work.get();
    } finally {
      current.remove();
    }
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

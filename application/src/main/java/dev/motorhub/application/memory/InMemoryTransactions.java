package dev.motorhub.application.memory;

import dev.motorhub.application.shared.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory tables: one at a time (a single lock makes them serializable),
 * and every write records how to undo it, so a unit of work that fails leaves nothing behind. A
 * transaction started inside another joins it.
 */
public final class InMemoryTransactions implements Transactions {
  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    boolean outermost = undo.get() == null;
    if (outermost) {
      undo.set(new ArrayDeque<>());
    }
    try {
      return work.get();
    } catch (RuntimeException | Error failure) {
      if (outermost) {
        undo.get().forEach(Runnable::run);
      }
      throw failure;
    } finally {
      if (outermost) {
        undo.remove();
      }
      lock.unlock();
    }
  }

  /**
   * Under the lock, without an undo log of its own: a unit of work started inside it is kept whole
   * or not at all by itself, as on the database.
   */
  @Override
  public <T> T read(Supplier<T> work) {
    return locked(work);
  }

  /** Remembers how to revert a write; writes outside a transaction take the lock for themselves. */
  void recordUndo(Runnable revert) {
    Deque<Runnable> log = undo.get();
    if (log != null) {
      log.push(revert);
    }
  }

  /** Runs a read or write under the lock, joining the current transaction if there is one. */
  <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}

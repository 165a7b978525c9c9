package dev.motorhub.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Rows by key, in key order, whose writes can be undone by the enclosing transaction. */
final class Table<K extends Comparable<K>, V> {
  private final TreeMap<K, V> rows = new TreeMap<>();
  private final InMemoryTransactions tx;

  Table(InMemoryTransactions tx) {
    this.tx = tx;
  }

  Optional<V> get(K key) {
    return tx.locked(() -> Optional.ofNullable(rows.get(key)));
  }

  void put(K key, V value) {
    tx.locked(
        () -> {
          V previous = rows.put(key, value);
          tx.recordUndo(() -> restore(key, previous));
          return null;
        });
  }

  void remove(K key) {
    tx.locked(
        () -> {
          V previous = rows.remove(key);
          if (previous != null) {
            tx.recordUndo(() -> rows.put(key, previous));
          }
          return null;
        });
  }

  /** The rows that match, in key order, as a snapshot. */
  List<V> where(Predicate<V> test) {
    return tx.locked(() -> new ArrayList<>(rows.values().stream().filter(test).toList()));
  }

  /** The matching rows after {@code after} (exclusive), in key order, as a snapshot. */
  List<V> whereAfter(Optional<K> after, Predicate<V> test, int limit) {
    return tx.locked(
        () -> {
          Stream<V> tail =
              after
                  .map(k -> rows.tailMap(k, false).values().stream())
                  .orElse(rows.values().stream());
          return tail.filter(test).limit(limit).toList();
        });
  }

  /**
   * The matching rows before {@code before} (exclusive), in descending key order, as a snapshot.
   */
  List<V> whereBefore(Optional<K> before, Predicate<V> test, int limit) {
    return tx.locked(
        () -> {
          Stream<V> head =
              before
                  .map(k -> rows.headMap(k, false).descendingMap().values().stream())
                  .orElse(rows.descendingMap().values().stream());
          return head.filter(test).limit(limit).toList();
        });
  }

  private void restore(K key, V previous) {
    if (previous == null) {
      rows.remove(key);
    } else {
      rows.put(key, previous);
    }
  }
}

package dev.motorhub.application.memory;

import dev.motorhub.application.notifications.ChangeQueue;
import dev.motorhub.domain.notifications.Change;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The changes to tell of, in memory, oldest first. Units of work run one at a time here, so a claim
 * holds its changes simply by being the only one running.
 */
final class InMemoryChangeQueue implements ChangeQueue {
  private final Table<UUID, Change> changes;

  InMemoryChangeQueue(Table<UUID, Change> changes) {
    this.changes = changes;
  }

  @Override
  public void add(Change change) {
    changes.put(change.id(), change);
  }

  @Override
  public List<Change> claim(int limit) {
    return changes.whereAfter(Optional.empty(), c -> true, limit);
  }

  @Override
  public void remove(Change change) {
    changes.remove(change.id());
  }
}

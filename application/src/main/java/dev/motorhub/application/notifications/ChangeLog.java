package dev.motorhub.application.notifications;

import dev.motorhub.domain.notifications.Change;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.util.UUID;

/**
 * Queues a change someone may have to be told of (a trade opened or repriced, a vehicle or a saved
 * search changed) in the unit of work of the change, for the background job that tells of it.
 */
public final class ChangeLog {
  private final ChangeQueue queue;
  private final IdGenerator ids;
  private final Clock clock;

  public ChangeLog(ChangeQueue queue, IdGenerator ids, Clock clock) {
    this.queue = queue;
    this.ids = ids;
    this.clock = clock;
  }

  /** Queues that the {@code subjectType} {@code subjectId} changed. */
  public void changed(String subjectType, UUID subjectId) {
    queue.add(new Change(ids.next(), subjectType, subjectId, clock.instant()));
  }
}

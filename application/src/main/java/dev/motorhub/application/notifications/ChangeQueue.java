package dev.motorhub.application.notifications;

import dev.motorhub.domain.notifications.Change;
import java.util.List;

/**
 * The changes someone may have to be told of, queued until the job that tells of them has: a change
 * is added in the unit of work that makes it, so it is in the queue exactly when the change is
 * committed, however late that is, and removed in the unit of work that tells of it. The queue
 * itself is the mark of what is left to tell: nothing is skipped, nothing is taken twice.
 */
public interface ChangeQueue {
  void add(Change change);

  /**
   * Up to {@code limit} queued changes, oldest first, held until the caller's unit of work ends;
   * those another unit of work holds are skipped, never waited for.
   */
  List<Change> claim(int limit);

  /** Takes a claimed change off the queue, in the caller's unit of work. */
  void remove(Change change);
}

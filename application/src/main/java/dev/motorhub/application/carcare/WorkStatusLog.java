package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/** Writes a mechanic's work status down with its time, when it changes. */
public final class WorkStatusLog {
  private final WorkStatusRepository statuses;
  private final IdGenerator ids;
  private final Clock clock;

  public WorkStatusLog(WorkStatusRepository statuses, IdGenerator ids, Clock clock) {
    this.statuses = statuses;
    this.ids = ids;
    this.clock = clock;
  }

  /** Records {@code status} for {@code mechanic}, set by {@code by}; returns the change kept. */
  public WorkStatusChange set(MechanicId mechanic, WorkStatus status, UserId by) {
    WorkStatusChange change =
        new WorkStatusChange(
            new WorkStatusChangeId(ids.next()), mechanic, status, by, clock.instant());
    statuses.add(change);
    return change;
  }

  /** As {@link #set}, unless the mechanic's status is {@code status} already. */
  public void follow(MechanicId mechanic, WorkStatus status, UserId by) {
    boolean same = statuses.current(mechanic).filter(c -> c.status() == status).isPresent();
    if (!same) {
      set(mechanic, status, by);
    }
  }
}

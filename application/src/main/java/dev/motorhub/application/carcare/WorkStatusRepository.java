package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** Every change of mechanics' work status, kept: the latest of a mechanic is their status. */
public interface WorkStatusRepository {
  void add(WorkStatusChange change);

  Optional<WorkStatusChange> findById(WorkStatusChangeId id);

  /**
   * Removes the change, if there is one: the mechanic's current status is then their latest other.
   */
  void delete(WorkStatusChangeId id);

  /** The mechanic's latest change (the greatest id: ids are time-ordered). */
  Optional<WorkStatusChange> current(MechanicId mechanic);

  /** The changes, of one mechanic when given, in id order. */
  Page<WorkStatusChange> history(Optional<MechanicId> mechanic, PageRequest page);
}

package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** Reads mechanics' work status changes: open to everyone signed in, as the profiles are. */
public final class ViewWorkStatuses {
  private final Transactions tx;
  private final WorkStatusRepository statuses;

  public ViewWorkStatuses(Transactions tx, WorkStatusRepository statuses) {
    this.tx = tx;
    this.statuses = statuses;
  }

  /** The changes, of {@code mechanic} when given, oldest first. */
  public Page<WorkStatusChange> history(
      Principal principal, Optional<MechanicId> mechanic, PageRequest page) {
    return tx.read(() -> statuses.history(mechanic, page));
  }

  public WorkStatusChange get(Principal principal, WorkStatusChangeId id) {
    return tx.read(() -> statuses.findById(id)).orElseThrow(() -> new NotFound("Work status"));
  }
}

package dev.motorhub.application.memory;

import dev.motorhub.application.carcare.WorkStatusRepository;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Mechanics' work status changes in memory. */
final class InMemoryWorkStatusRepository implements WorkStatusRepository {
  private final Table<UUID, WorkStatusChange> changes;

  InMemoryWorkStatusRepository(Table<UUID, WorkStatusChange> changes) {
    this.changes = changes;
  }

  @Override
  public void add(WorkStatusChange change) {
    changes.put(change.id().value(), change);
  }

  @Override
  public Optional<WorkStatusChange> findById(WorkStatusChangeId id) {
    return changes.get(id.value());
  }

  @Override
  public void delete(WorkStatusChangeId id) {
    changes.remove(id.value());
  }

  @Override
  public Optional<WorkStatusChange> current(MechanicId mechanic) {
    return changes.where(c -> c.mechanic().equals(mechanic)).stream().reduce((a, b) -> b);
  }

  @Override
  public Page<WorkStatusChange> history(Optional<MechanicId> mechanic, PageRequest page) {
    return Pages.of(
        changes, page, c -> mechanic.map(c.mechanic()::equals).orElse(true), c -> c.id().value());
  }
}

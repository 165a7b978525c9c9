package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.carcare.MechanicRepository;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Mechanic profiles in memory. */
final class InMemoryMechanicRepository implements MechanicRepository {
  private final Table<UUID, Mechanic> mechanics;
  private final Predicate<MechanicId> onRecord;
  private final Consumer<MechanicId> onDelete;

  /**
   * {@code onRecord} says whether records keep a profile; {@code onDelete} takes what goes with
   * one, as the database's cascading keys do.
   */
  InMemoryMechanicRepository(
      Table<UUID, Mechanic> mechanics,
      Predicate<MechanicId> onRecord,
      Consumer<MechanicId> onDelete) {
    this.mechanics = mechanics;
    this.onRecord = onRecord;
    this.onDelete = onDelete;
  }

  @Override
  public void add(Mechanic mechanic) {
    if (findByUser(mechanic.userId()).isPresent()) {
      throw StoreConflict.MECHANIC_PROFILE_TAKEN.conflict();
    }
    mechanics.put(mechanic.id().value(), mechanic);
  }

  @Override
  public void update(Mechanic mechanic) {
    findById(mechanic.id()).orElseThrow(() -> new NotFound("Mechanic"));
    mechanics.put(mechanic.id().value(), mechanic);
  }

  @Override
  public Optional<Mechanic> findById(MechanicId id) {
    return mechanics.get(id.value());
  }

  /** The store's single lock already runs units of work one at a time. */
  @Override
  public Optional<Mechanic> lock(MechanicId id) {
    return findById(id);
  }

  @Override
  public Optional<Mechanic> findByUser(UserId user) {
    return mechanics.where(m -> m.userId().equals(user)).stream().findFirst();
  }

  @Override
  public List<Mechanic> findByUsers(Collection<UserId> ids) {
    Set<UserId> wanted = new HashSet<>(ids);
    return mechanics.where(m -> wanted.contains(m.userId()));
  }

  @Override
  public List<Mechanic> qualifiedFor(ServiceKindCode kind) {
    return mechanics.where(m -> m.specializesIn(kind));
  }

  @Override
  public Page<Mechanic> list(PageRequest page) {
    return Pages.of(mechanics, page, m -> true, m -> m.id().value());
  }

  @Override
  public void deleteByUser(UserId user) {
    findByUser(user).ifPresent(m -> delete(m.id()));
  }

  @Override
  public void delete(MechanicId id) {
    if (onRecord.test(id)) {
      throw new Conflict("", ON_RECORD);
    }
    mechanics.remove(id.value());
    onDelete.accept(id);
  }
}

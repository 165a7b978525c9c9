package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.MechanicRows.MECHANICS;
import static dev.motorhub.adapters.persistence.MechanicRows.SELECT;

import dev.motorhub.application.carcare.MechanicRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mechanic profiles in {@code mechanics}, at most one per account, their service kinds in {@code
 * mechanic_specializations}; a profile that service requests name stays for the records.
 */
final class JdbiMechanicRepository implements MechanicRepository {
  private static final KeysetPages<Mechanic> PAGES =
      new KeysetPages<>(SELECT, "m.id", MECHANICS, m -> m.id().value());

  private final JdbiTransactions tx;

  JdbiMechanicRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Mechanic mechanic) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h -> {
                  MechanicRows.bindSkills(
                          h.createUpdate(
                              """
                              insert into mechanics (id, user_id, specialization,
                                experience_years, working_days, daily_capacity, created_at,
                                updated_at)
                              values (:id, :userId, :specialization, :years, :days, :capacity,
                                :createdAt, :updatedAt)"""),
                          mechanic)
                      .bind("userId", mechanic.userId().value())
                      .bind("createdAt", mechanic.createdAt())
                      .execute();
                  return MechanicRows.addSpecializations(h, mechanic);
                }));
  }

  @Override
  public void update(Mechanic mechanic) {
    tx.withHandle(
        h -> {
          int updated =
              MechanicRows.bindSkills(
                      h.createUpdate(
                          """
                          update mechanics set specialization = :specialization,
                            experience_years = :years, working_days = :days,
                            daily_capacity = :capacity, updated_at = :updatedAt
                          where id = :id"""),
                      mechanic)
                  .execute();
          if (updated == 0) {
            throw new NotFound("Mechanic");
          }
          h.createUpdate("delete from mechanic_specializations where mechanic_id = :id")
              .bind("id", mechanic.id().value())
              .execute();
          return MechanicRows.addSpecializations(h, mechanic);
        });
  }

  @Override
  public Optional<Mechanic> findById(MechanicId id) {
    return one("m.id", id.value());
  }

  /** Locks the profile's row, then reads it with its specializations. */
  @Override
  public Optional<Mechanic> lock(MechanicId id) {
    boolean found =
        tx.withHandle(
            h ->
                h.createQuery("select 1 from mechanics where id = :id for update")
                    .bind("id", id.value())
                    .mapTo(Integer.class)
                    .findOne()
                    .isPresent());
    return found ? findById(id) : Optional.empty();
  }

  @Override
  public Optional<Mechanic> findByUser(UserId user) {
    return one("m.user_id", user.value());
  }

  private Optional<Mechanic> one(String column, UUID value) {
    return Rows.one(tx, SELECT + " where " + column + " = :value", value, MECHANICS);
  }

  @Override
  public List<Mechanic> findByUsers(Collection<UserId> users) {
    if (users.isEmpty()) {
      return List.of();
    }
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where m.user_id = any(:userIds) order by m.id")
                .bindArray("userIds", UUID.class, users.stream().map(UserId::value).toList())
                .map(MECHANICS)
                .list());
  }

  @Override
  public List<Mechanic> qualifiedFor(ServiceKindCode kind) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    SELECT
                        + " where exists (select 1 from mechanic_specializations s"
                        + " where s.mechanic_id = m.id and s.service_kind = :kind) order by m.id")
                .bind("kind", kind.value())
                .map(MECHANICS)
                .list());
  }

  @Override
  public Page<Mechanic> list(PageRequest page) {
    return PAGES.page(tx, new Conditions(), page);
  }

  @Override
  public void deleteByUser(UserId user) {
    ReferencedRows.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate("delete from mechanics where user_id = :userId")
                        .bind("userId", user.value())
                        .execute()),
        UserRepository.ON_RECORD);
  }

  /** Deletes the profile; its keys take its specializations, attendance and status history. */
  @Override
  public void delete(MechanicId id) {
    ReferencedRows.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate("delete from mechanics where id = :id")
                        .bind("id", id.value())
                        .execute()),
        ON_RECORD);
  }
}

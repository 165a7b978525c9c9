package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.carcare.WorkStatusRepository;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Every change of a mechanic's work status in {@code mechanic_work_status_changes}. */
final class JdbiWorkStatusRepository implements WorkStatusRepository {
  private static final String SELECT =
      "select id, mechanic_id, status, changed_by, changed_at from mechanic_work_status_changes";
  private static final RowMapper<WorkStatusChange> CHANGES =
      (rs, ctx) ->
          new WorkStatusChange(
              new WorkStatusChangeId(uuid(rs, "id")),
              new MechanicId(uuid(rs, "mechanic_id")),
              WorkStatus.parse(rs.getString("status"), "work_status"),
              new UserId(uuid(rs, "changed_by")),
              instant(rs, "changed_at"));
  private static final KeysetPages<WorkStatusChange> PAGES =
      new KeysetPages<>(SELECT, "id", CHANGES, c -> c.id().value());

  private final JdbiTransactions tx;

  JdbiWorkStatusRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void delete(WorkStatusChangeId id) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from mechanic_work_status_changes where id = :id")
                .bind("id", id.value())
                .execute());
  }

  @Override
  public void add(WorkStatusChange change) {
    ReferencedRows.requireExisting(
        Map.of("mechanic_work_status_changes_mechanic_fk", "Mechanic"),
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            """
                            insert into mechanic_work_status_changes (id, mechanic_id, status,
                              changed_by, changed_at)
                            values (:id, :mechanic, :status, :by, :at)""")
                        .bind("id", change.id().value())
                        .bind("mechanic", change.mechanic().value())
                        .bind("status", change.status().wire())
                        .bind("by", change.by().value())
                        .bind("at", change.at())
                        .execute()));
  }

  @Override
  public Optional<WorkStatusChange> findById(WorkStatusChangeId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), CHANGES);
  }

  @Override
  public Optional<WorkStatusChange> current(MechanicId mechanic) {
    return Rows.one(
        tx,
        SELECT + " where mechanic_id = :value order by id desc limit 1",
        mechanic.value(),
        CHANGES);
  }

  @Override
  public Page<WorkStatusChange> history(Optional<MechanicId> mechanic, PageRequest page) {
    return PAGES.page(
        tx,
        new Conditions().add("mechanic_id = :mechanic", "mechanic", mechanic.map(m -> m.value())),
        page);
  }
}

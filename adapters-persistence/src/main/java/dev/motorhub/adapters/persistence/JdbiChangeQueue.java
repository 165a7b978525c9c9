package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.notifications.ChangeQueue;
import dev.motorhub.domain.notifications.Change;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The changes to tell of, in {@code change_queue}: written with their change, claimed oldest first
 * with {@code FOR UPDATE SKIP LOCKED} (two instances never take one, nor wait for each other), and
 * deleted in the unit of work that told of them.
 */
final class JdbiChangeQueue implements ChangeQueue {
  private static final RowMapper<Change> CHANGES =
      (rs, ctx) ->
          new Change(
              uuid(rs, "id"),
              rs.getString("subject_type"),
              uuid(rs, "subject_id"),
              instant(rs, "changed_at"));

  private final JdbiTransactions tx;

  JdbiChangeQueue(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Change change) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into change_queue (id, subject_type, subject_id, changed_at)
                    values (:id, :subjectType, :subjectId, :changedAt)""")
                .bind("id", change.id())
                .bind("subjectType", change.subjectType())
                .bind("subjectId", change.subjectId())
                .bind("changedAt", change.changedAt())
                .execute());
  }

  @Override
  public List<Change> claim(int limit) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select id, subject_type, subject_id, changed_at from change_queue"
                        + " order by id limit :limit for update skip locked")
                .bind("limit", limit)
                .map(CHANGES)
                .list());
  }

  @Override
  public void remove(Change change) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from change_queue where id = :id")
                .bind("id", change.id())
                .execute());
  }
}

package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalInstant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.notifications.NotificationRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Notifications in {@code notifications}, read as an inbox: unread first, newest first, which its
 * index serves. A page goes on after the row its cursor names, wherever that row now sorts.
 */
final class JdbiNotificationRepository implements NotificationRepository {
  private static final String SELECT =
      "select n.id, n.recipient_id, n.kind, n.message, n.subject_type, n.subject_id,"
          + " n.created_at, n.read_at from notifications n";

  private static final RowMapper<Notification> NOTIFICATIONS =
      (rs, ctx) ->
          new Notification(
              new NotificationId(uuid(rs, "id")),
              new UserId(uuid(rs, "recipient_id")),
              NotificationKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
              rs.getString("message"),
              rs.getString("subject_type"),
              uuid(rs, "subject_id"),
              instant(rs, "created_at"),
              optionalInstant(rs, "read_at"));

  private final JdbiTransactions tx;

  JdbiNotificationRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Notification n) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into notifications (id, recipient_id, kind, message, subject_type,
                      subject_id, created_at, read_at)
                    values (:id, :recipient, :kind, :message, :subjectType, :subjectId,
                      :createdAt, :readAt)""")
                .bind("id", n.id().value())
                .bind("recipient", n.recipient().value())
                .bind("kind", n.kind().wire())
                .bind("message", n.message())
                .bind("subjectType", n.subjectType())
                .bind("subjectId", n.subjectId())
                .bind("createdAt", n.createdAt())
                .bindByType("readAt", n.readAt().orElse(null), Instant.class)
                .execute());
  }

  @Override
  public Optional<Notification> findById(NotificationId id) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where n.id = :id")
                .bind("id", id.value())
                .map(NOTIFICATIONS)
                .findOne());
  }

  @Override
  public void update(Notification n) {
    tx.withHandle(
        h ->
            h.createUpdate("update notifications set read_at = :readAt where id = :id")
                .bind("id", n.id().value())
                .bindByType("readAt", n.readAt().orElse(null), Instant.class)
                .execute());
  }

  @Override
  public Page<Notification> list(UserId recipient, PageRequest page) {
    // After the cursor's row in inbox order: read after unread, and older within the same kind.
    String after =
        page.after().isEmpty()
            ? ""
            : " and ((n.read_at is not null and c.read_at is null)"
                + " or ((n.read_at is not null) = (c.read_at is not null) and n.id < c.id))";
    String sql =
        SELECT
            + (page.after().isEmpty() ? "" : " join notifications c on c.id = :after")
            + " where n.recipient_id = :recipient"
            + after
            + " order by (n.read_at is not null), n.id desc limit :limit";
    return Page.fromFetched(
        tx.withHandle(
            h -> {
              var query = h.createQuery(sql).bind("recipient", recipient.value());
              page.after().ifPresent(id -> query.bind("after", id));
              return query.bind("limit", page.limit() + 1).map(NOTIFICATIONS).list();
            }),
        page.limit(),
        n -> n.id().value());
  }

  @Override
  public long countUnread(UserId recipient) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select count(*) from notifications where recipient_id = :r and read_at is null")
                .bind("r", recipient.value())
                .mapTo(Long.class)
                .one());
  }

  @Override
  public void markAllRead(UserId recipient, Instant at) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    "update notifications set read_at = :at"
                        + " where recipient_id = :r and read_at is null")
                .bind("r", recipient.value())
                .bind("at", at)
                .execute());
  }
}

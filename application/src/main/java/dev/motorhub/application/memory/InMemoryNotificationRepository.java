package dev.motorhub.application.memory;

import dev.motorhub.application.notifications.NotificationRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notifications in memory. */
final class InMemoryNotificationRepository implements NotificationRepository {
  /** Unread first, then newest first: what an inbox shows on top. */
  static final Comparator<Notification> INBOX_ORDER =
      Comparator.comparing(Notification::isRead)
          .thenComparing(n -> n.id().value(), Comparator.reverseOrder());

  private final Table<UUID, Notification> notifications;

  InMemoryNotificationRepository(Table<UUID, Notification> notifications) {
    this.notifications = notifications;
  }

  @Override
  public void add(Notification notification) {
    notifications.put(notification.id().value(), notification);
  }

  @Override
  public Optional<Notification> findById(NotificationId id) {
    return notifications.get(id.value());
  }

  @Override
  public void update(Notification notification) {
    notifications.put(notification.id().value(), notification);
  }

  @Override
  public Page<Notification> list(UserId recipient, PageRequest page) {
    List<Notification> inbox =
        notifications.where(n -> n.recipient().equals(recipient)).stream()
            .sorted(INBOX_ORDER)
            .toList();
    List<Notification> rest =
        page.after()
            .map(
                cursor ->
                    notifications
                        .get(cursor)
                        .map(last -> inbox.stream().filter(n -> INBOX_ORDER.compare(n, last) > 0))
                        .map(after -> after.toList())
                        .orElse(List.of()))
            .orElse(inbox);
    return Page.fromFetched(
        rest.subList(0, Math.min(rest.size(), page.limit() + 1)),
        page.limit(),
        n -> n.id().value());
  }

  @Override
  public long countUnread(UserId recipient) {
    return notifications.where(n -> n.recipient().equals(recipient) && !n.isRead()).size();
  }

  @Override
  public void markAllRead(UserId recipient, Instant at) {
    notifications
        .where(n -> n.recipient().equals(recipient) && !n.isRead())
        .forEach(n -> update(n.read(at)));
  }

  /** Removes the notifications of a deleted account. */
  void deleteOf(UserId recipient) {
    notifications
        .where(n -> n.recipient().equals(recipient))
        .forEach(n -> notifications.remove(n.id().value()));
  }
}

package dev.motorhub.application.notifications;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** The in-app notifications of every user. */
public interface NotificationRepository {
  void add(Notification notification);

  Optional<Notification> findById(NotificationId id);

  void update(Notification notification);

  /**
   * The recipient's notifications, unread ones first and newest first within each; the page's
   * cursor is the id of the last one it holds.
   */
  Page<Notification> list(UserId recipient, PageRequest page);

  long countUnread(UserId recipient);

  /** Marks every unread notification of {@code recipient} read at {@code at}. */
  void markAllRead(UserId recipient, Instant at);
}

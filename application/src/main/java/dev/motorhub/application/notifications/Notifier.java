package dev.motorhub.application.notifications;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Leaves an in-app notification for a user, in the unit of work of the change it tells about, so a
 * notification exists exactly when its change does.
 */
public final class Notifier {
  private final NotificationRepository notifications;
  private final IdGenerator ids;
  private final Clock clock;

  public Notifier(NotificationRepository notifications, IdGenerator ids, Clock clock) {
    this.notifications = notifications;
    this.ids = ids;
    this.clock = clock;
  }

  /** Tells {@code recipient} what happened to the {@code subjectType} {@code subjectId}. */
  public void tell(
      UserId recipient, NotificationKind kind, String message, String subjectType, UUID subjectId) {
    notifications.add(
        new Notification(
            new NotificationId(ids.next()),
            recipient,
            kind,
            message,
            subjectType,
            subjectId,
            clock.instant(),
            Optional.empty()));
  }
}

package dev.motorhub.application.notifications;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;

/** A user marks one of their notifications read, or all of them. */
public final class ReadNotifications {
  private final Transactions tx;
  private final NotificationRepository notifications;
  private final Clock clock;

  public ReadNotifications(Transactions tx, NotificationRepository notifications, Clock clock) {
    this.tx = tx;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Marks the notification read; someone else's is not found. */
  public Notification read(Principal principal, NotificationId id) {
    return tx.inTransaction(
        () -> {
          Notification notification =
              notifications
                  .findById(id)
                  .filter(n -> principal.actor().is(n.recipient()))
                  .orElseThrow(() -> new NotFound("Notification"));
          Notification read = notification.read(clock.instant());
          if (read != notification) {
            notifications.update(read);
          }
          return read;
        });
  }

  public void readAll(Principal principal) {
    tx.run(() -> notifications.markAllRead(principal.actor().id(), clock.instant()));
  }
}

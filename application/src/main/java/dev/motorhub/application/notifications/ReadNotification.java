package dev.motorhub.application.notifications;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.util.Objects;

/** A user marks one of their notifications read; someone else's is not found. */
public final class ReadNotification {
  /** Who asks, and which of their notifications. */
  public record Command(Principal principal, NotificationId notification) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(notification, "notification");
    }
  }

  private final Transactions tx;
  private final NotificationRepository notifications;
  private final Clock clock;

  public ReadNotification(Transactions tx, NotificationRepository notifications, Clock clock) {
    this.tx = tx;
    this.notifications = notifications;
    this.clock = clock;
  }

  public Notification read(Command command) {
    return tx.inTransaction(
        () -> {
          Notification notification =
              notifications
                  .findById(command.notification())
                  .filter(n -> command.principal().actor().is(n.recipient()))
                  .orElseThrow(() -> new NotFound("Notification"));
          Notification read = notification.read(clock.instant());
          if (read != notification) {
            notifications.update(read);
          }
          return read;
        });
  }
}

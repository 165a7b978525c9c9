package dev.motorhub.application.notifications;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import java.time.Clock;
import java.util.Objects;

/** A user marks every unread notification of theirs read. */
public final class ReadAllNotifications {
  /** Who asks. */
  public record Command(Principal principal) {
    public Command {
      Objects.requireNonNull(principal, "principal");
    }
  }

  private final Transactions tx;
  private final NotificationRepository notifications;
  private final Clock clock;

  public ReadAllNotifications(Transactions tx, NotificationRepository notifications, Clock clock) {
    this.tx = tx;
    this.notifications = notifications;
    this.clock = clock;
  }

  public void readAll(Command command) {
    tx.run(() -> notifications.markAllRead(command.principal().actor().id(), clock.instant()));
  }
}

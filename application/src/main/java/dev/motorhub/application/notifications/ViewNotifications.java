package dev.motorhub.application.notifications;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/** A user reads their notifications, unread first, and how many are unread. */
public final class ViewNotifications {
  /** A page of notifications and the number of unread ones in all. */
  public record Inbox(Page<Notification> page, long unread) {}

  private final Transactions tx;
  private final NotificationRepository notifications;

  public ViewNotifications(Transactions tx, NotificationRepository notifications) {
    this.tx = tx;
    this.notifications = notifications;
  }

  public Inbox inbox(Principal principal, PageRequest page) {
    var me = principal.actor().id();
    return tx.read(() -> new Inbox(notifications.list(me, page), notifications.countUnread(me)));
  }
}

package dev.motorhub.application;

import dev.motorhub.application.notifications.ReadAllNotifications;
import dev.motorhub.application.notifications.ReadNotification;
import dev.motorhub.application.notifications.ViewNotifications;
import java.time.Clock;

/**
 * The use cases of in-app notifications, wired over one {@link Store}: reading one's inbox and
 * marking notifications read. The contexts whose events call for a notice write them. {@link
 * Motorhub} hands it out as {@link Motorhub#notifications()}.
 */
public final class Notifications {
  private final ViewNotifications viewNotifications;
  private final ReadNotification readNotification;
  private final ReadAllNotifications readAllNotifications;

  Notifications(Store store, Clock clock) {
    var tx = store.transactions();
    viewNotifications = new ViewNotifications(tx, store.notifications());
    readNotification = new ReadNotification(tx, store.notifications(), clock);
    readAllNotifications = new ReadAllNotifications(tx, store.notifications(), clock);
  }

  public ViewNotifications viewNotifications() {
    return viewNotifications;
  }

  public ReadNotification readNotification() {
    return readNotification;
  }

  public ReadAllNotifications readAllNotifications() {
    return readAllNotifications;
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.ReadAllNotifications;
import dev.motorhub.application.notifications.ReadNotification;
import dev.motorhub.application.notifications.ViewNotifications;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** {@code /v1/notifications}: a user's inbox, unread first, and marking it read. */
public final class NotificationRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  public NotificationRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/notifications", this::inbox);
    routes.post("/v1/notifications/read", this::readAll);
    routes.post("/v1/notifications/{id}/read", this::read);
  }

  record NotificationView(
      String id,
      String kind,
      String message,
      String subjectType,
      String subjectId,
      boolean read,
      Instant createdAt,
      Instant readAt) {}

  record InboxView(List<NotificationView> items, String nextCursor, long unreadCount) {}

  private void inbox(Context ctx) {
    Principal principal = auth.require(ctx);
    ViewNotifications.Inbox inbox =
        core.notifications().viewNotifications().inbox(principal, Queries.page(ctx));
    ctx.json(
        new InboxView(
            inbox.page().items().stream().map(NotificationRoutes::view).toList(),
            inbox.page().nextCursor().orElse(null),
            inbox.unread()));
  }

  private void read(Context ctx) {
    Principal principal = auth.require(ctx);
    NotificationId id = new NotificationId(PathIds.uuid(ctx.pathParam("id"), "Notification"));
    ctx.json(
        view(
            core.notifications()
                .readNotification()
                .read(new ReadNotification.Command(principal, id))));
  }

  private void readAll(Context ctx) {
    Principal principal = auth.require(ctx);
    core.notifications()
        .readAllNotifications()
        .readAll(new ReadAllNotifications.Command(principal));
    ctx.status(204);
  }

  private static NotificationView view(Notification n) {
    return new NotificationView(
        n.id().toString(),
        n.kind().wire(),
        n.message(),
        n.subjectType(),
        n.subjectId().toString(),
        n.isRead(),
        n.createdAt(),
        n.readAt().orElse(null));
  }
}

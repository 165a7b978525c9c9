package dev.motorhub.domain.notifications;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An in-app message to one user about something that concerns them, such as a proposal on their
 * trade: what happened, which thing it is about ({@code subjectType} and {@code subjectId}, such as
 * a proposal), and whether they have read it. Only its recipient sees it; reading it is the one
 * change it knows.
 */
public record Notification(
    NotificationId id,
    UserId recipient,
    NotificationKind kind,
    String message,
    String subjectType,
    UUID subjectId,
    Instant createdAt,
    Optional<Instant> readAt) {

  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    message = Text.required(message, "message", 500);
    subjectType = Text.required(subjectType, "subject_type", 30);
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(readAt, "readAt");
  }

  public boolean isRead() {
    return readAt.isPresent();
  }

  /** The notification read at {@code at}; reading it again changes nothing. */
  public Notification read(Instant at) {
    return isRead()
        ? this
        : new Notification(
            id, recipient, kind, message, subjectType, subjectId, createdAt, Optional.of(at));
  }
}

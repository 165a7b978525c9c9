package dev.motorhub.application.contract;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.notifications.NotificationKind;
import java.time.Instant;
import java.util.Optional;

/** The in-app notifications the contracts store, newer ones with later ids and times. */
public final class NotificationFixtures {
  private NotificationFixtures() {}

  /** An unread notice to {@code recipient} about a proposal, made at {@code at}. */
  public static Notification unread(UserId recipient, String message, Instant at) {
    return new Notification(
        new NotificationId(Fixtures.nextId()),
        recipient,
        NotificationKind.PROPOSAL_RECEIVED,
        message,
        "proposal",
        Fixtures.nextId(),
        at,
        Optional.empty());
  }

  /** As {@link #unread}, read a minute after it was made. */
  public static Notification read(UserId recipient, String message, Instant at) {
    return unread(recipient, message, at).read(at.plusSeconds(60));
  }
}

package dev.motorhub.application.notifications;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.util.UUID;

/**
 * Queues a text message in the SMS outbox, in the unit of work of the change it tells about, so a
 * message exists exactly when its change does; the dispatcher sends it later, outside any request.
 */
public final class Texter {
  private final SmsOutbox outbox;
  private final IdGenerator ids;
  private final Clock clock;

  public Texter(SmsOutbox outbox, IdGenerator ids, Clock clock) {
    this.outbox = outbox;
    this.ids = ids;
    this.clock = clock;
  }

  /** Queues {@code text} for {@code to} about the {@code subjectType} {@code subjectId}. */
  public SmsId text(PhoneNumber to, String text, String subjectType, UUID subjectId) {
    var message =
        SmsMessage.queue(new SmsId(ids.next()), to, text, subjectType, subjectId, clock.instant());
    outbox.add(message);
    return message.id();
  }
}

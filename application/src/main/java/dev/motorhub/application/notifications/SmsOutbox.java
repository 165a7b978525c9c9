package dev.motorhub.application.notifications;

import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMS outbox: every text message the platform has queued, sent or given up on. The locks hold
 * until the end of the unit of work; they are what keeps two dispatchers, on one server or on
 * several over one database, from taking the same message at once.
 */
public interface SmsOutbox {
  void add(SmsMessage message);

  /** Replaces the stored message of the same id. */
  void update(SmsMessage message);

  Optional<SmsMessage> findById(SmsId id);

  /** The message, locked against every other unit of work that locks it. */
  Optional<SmsMessage> lock(SmsId id);

  /** The message whose receipt bears the gateway's {@code messageId}, locked. */
  Optional<SmsMessage> lockByReceipt(String messageId);

  /**
   * Up to {@code limit} pending messages due at {@code now}, the longest due first, locked; a
   * message another unit of work holds locked is skipped, not waited for.
   */
  List<SmsMessage> lockDue(Instant now, int limit);

  /** The messages in {@code status} (every one when empty), oldest first, paged by id. */
  Page<SmsMessage> list(Optional<SmsStatus> status, PageRequest page);
}

package dev.motorhub.application.notifications;

import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/** The SMS outbox: every text message the platform has queued, sent or given up on. */
public interface SmsOutbox {
  void add(SmsMessage message);

  Optional<SmsMessage> findById(SmsId id);

  /** Every message, oldest first; the page's cursor is the id of the last one it holds. */
  Page<SmsMessage> list(PageRequest page);
}

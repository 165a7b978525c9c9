package dev.motorhub.application.memory;

import dev.motorhub.application.notifications.SmsOutbox;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** The SMS outbox in memory. */
final class InMemorySmsOutbox implements SmsOutbox {
  private final Table<UUID, SmsMessage> messages;

  InMemorySmsOutbox(Table<UUID, SmsMessage> messages) {
    this.messages = messages;
  }

  @Override
  public void add(SmsMessage message) {
    messages.put(message.id().value(), message);
  }

  @Override
  public Optional<SmsMessage> findById(SmsId id) {
    return messages.get(id.value());
  }

  @Override
  public Page<SmsMessage> list(PageRequest page) {
    return Pages.of(messages, page, m -> true, m -> m.id().value());
  }
}

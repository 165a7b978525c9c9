package dev.motorhub.application.memory;

import dev.motorhub.application.notifications.SmsOutbox;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsReceipt;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SMS outbox in memory. Its locks are the store's one lock: a unit of work holds every message,
 * so two dispatchers never claim the same one.
 */
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
  public void update(SmsMessage message) {
    messages.put(message.id().value(), message);
  }

  @Override
  public Optional<SmsMessage> findById(SmsId id) {
    return messages.get(id.value());
  }

  @Override
  public Optional<SmsMessage> lock(SmsId id) {
    return findById(id);
  }

  @Override
  public Optional<SmsMessage> lockByReceipt(String messageId) {
    return messages
        .where(
            m -> m.receipt().flatMap(SmsReceipt::messageId).filter(messageId::equals).isPresent())
        .stream()
        .findFirst();
  }

  @Override
  public List<SmsMessage> lockDue(Instant now, int limit) {
    return messages
        .where(m -> m.status() == SmsStatus.PENDING && !m.nextAttemptAt().isAfter(now))
        .stream()
        .sorted(Comparator.comparing(SmsMessage::nextAttemptAt).thenComparing(m -> m.id().value()))
        .limit(limit)
        .toList();
  }

  @Override
  public Page<SmsMessage> list(Optional<SmsStatus> status, PageRequest page) {
    return Pages.of(
        messages, page, m -> status.isEmpty() || status.get() == m.status(), m -> m.id().value());
  }
}

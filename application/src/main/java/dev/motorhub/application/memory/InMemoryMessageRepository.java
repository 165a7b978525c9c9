package dev.motorhub.application.memory;

import dev.motorhub.application.matching.MessageRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Message;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Messages in memory. */
final class InMemoryMessageRepository implements MessageRepository {
  private final Table<UUID, Message> messages;

  InMemoryMessageRepository(Table<UUID, Message> messages) {
    this.messages = messages;
  }

  @Override
  public void add(Message message) {
    messages.put(message.id().value(), message);
  }

  @Override
  public Page<Message> list(ConversationId conversation, PageRequest page) {
    return Page.fromFetched(
        messages.whereBefore(
            page.after(), m -> m.conversation().equals(conversation), page.limit() + 1),
        page.limit(),
        m -> m.id().value());
  }

  @Override
  public int unread(ConversationId conversation, UserId reader) {
    return messages.where(m -> isUnreadBy(m, conversation, reader)).size();
  }

  @Override
  public void markRead(ConversationId conversation, UserId reader, Instant at) {
    for (Message m : messages.where(m -> isUnreadBy(m, conversation, reader))) {
      messages.put(
          m.id().value(),
          new Message(m.id(), m.conversation(), m.sender(), m.text(), m.sentAt(), Optional.of(at)));
    }
  }

  void deleteIn(ConversationId conversation) {
    messages
        .where(m -> m.conversation().equals(conversation))
        .forEach(m -> messages.remove(m.id().value()));
  }

  private static boolean isUnreadBy(Message m, ConversationId conversation, UserId reader) {
    return m.conversation().equals(conversation)
        && !m.sender().equals(reader)
        && m.readAt().isEmpty();
  }
}

package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Message;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;

/** The messages of conversations. */
public interface MessageRepository {
  void add(Message message);

  /** The conversation's messages, newest first; the cursor is the last one's id. */
  Page<Message> list(ConversationId conversation, PageRequest page);

  /** How many messages of the conversation {@code reader} has not read (sent by the other). */
  int unread(ConversationId conversation, UserId reader);

  /** Marks read, at {@code at}, every message of the conversation not sent by {@code reader}. */
  void markRead(ConversationId conversation, UserId reader, Instant at);
}

package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalInstant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.matching.MessageRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Message;
import dev.motorhub.domain.matching.MessageId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Messages in {@code messages}, read by conversation in id (time) order. */
final class JdbiMessageRepository implements MessageRepository {
  private static final String SELECT =
      "select id, conversation_id, sender_id, text, sent_at, read_at from messages";

  private static final RowMapper<Message> MESSAGES =
      (rs, ctx) ->
          new Message(
              new MessageId(uuid(rs, "id")),
              new ConversationId(uuid(rs, "conversation_id")),
              new UserId(uuid(rs, "sender_id")),
              rs.getString("text"),
              instant(rs, "sent_at"),
              optionalInstant(rs, "read_at"));

  private static final KeysetPages<Message> PAGES =
      new KeysetPages<>(SELECT, "id", MESSAGES, m -> m.id().value());

  private final JdbiTransactions tx;

  JdbiMessageRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Message m) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into messages (id, conversation_id, sender_id, text, sent_at, read_at)
                    values (:id, :conversation, :sender, :text, :sentAt, :readAt)""")
                .bind("id", m.id().value())
                .bind("conversation", m.conversation().value())
                .bind("sender", m.sender().value())
                .bind("text", m.text())
                .bind("sentAt", m.sentAt())
                .bindByType("readAt", m.readAt().orElse(null), Instant.class)
                .execute());
  }

  @Override
  public Page<Message> list(ConversationId conversation, PageRequest page) {
    Conditions where =
        new Conditions()
            .add(
                "conversation_id = :conversation",
                "conversation",
                Optional.of(conversation.value()));
    return PAGES.page(tx, where, page, true);
  }

  @Override
  public int unread(ConversationId conversation, UserId reader) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select count(*) from messages where conversation_id = :conversation"
                        + " and sender_id <> :reader and read_at is null")
                .bind("conversation", conversation.value())
                .bind("reader", reader.value())
                .mapTo(Integer.class)
                .one());
  }

  @Override
  public void markRead(ConversationId conversation, UserId reader, Instant at) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    "update messages set read_at = :at where conversation_id = :conversation"
                        + " and sender_id <> :reader and read_at is null")
                .bind("conversation", conversation.value())
                .bind("reader", reader.value())
                .bind("at", at)
                .execute());
  }
}

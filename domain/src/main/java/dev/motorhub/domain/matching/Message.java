package dev.motorhub.domain.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A message in a conversation: 1 to 2000 characters, read once its recipient reads it. */
public record Message(
    MessageId id,
    ConversationId conversation,
    UserId sender,
    String text,
    Instant sentAt,
    Optional<Instant> readAt) {

  public static final int MAX_TEXT = 2000;

  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(sender, "sender");
    text = Text.required(text, "text", MAX_TEXT);
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(readAt, "readAt");
  }
}

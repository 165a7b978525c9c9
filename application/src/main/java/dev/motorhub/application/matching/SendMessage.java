package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Message;
import dev.motorhub.domain.matching.MessageId;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.Text;
import java.time.Clock;
import java.util.Objects;

/**
 * One of a conversation's two parties writes a message (1 to 2000 characters) while it is open; the
 * other is told.
 */
public final class SendMessage {
  /** Who writes, where, and what. */
  public record Command(Principal principal, ConversationId conversation, String text) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(conversation, "conversation");
      text = Text.required(text, "text", Message.MAX_TEXT);
    }
  }

  private final Transactions tx;
  private final MessageRepository messages;
  private final InterestAccess access;
  private final InterestNotices notices;
  private final IdGenerator ids;
  private final Clock clock;

  public SendMessage(
      Transactions tx,
      MessageRepository messages,
      InterestAccess access,
      InterestNotices notices,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.messages = messages;
    this.access = access;
    this.notices = notices;
    this.ids = ids;
    this.clock = clock;
  }

  public Message send(Command command) {
    UserId sender = command.principal().actor().id();
    return tx.inTransaction(
        () -> {
          Conversation conversation =
              access.conversation(command.principal().actor(), command.conversation());
          Message message =
              conversation.write(
                  new MessageId(ids.next()), sender, command.text(), clock.instant());
          messages.add(message);
          notices.message(message, conversation.otherThan(sender));
          return message;
        });
  }
}

package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Message;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Clock;

/**
 * One of a conversation's two parties reads its messages, newest first; reading marks what the
 * other sent as read. A closed conversation stays readable.
 */
public final class ReadMessages {
  private final Transactions tx;
  private final MessageRepository messages;
  private final InterestAccess access;
  private final Clock clock;

  public ReadMessages(
      Transactions tx, MessageRepository messages, InterestAccess access, Clock clock) {
    this.tx = tx;
    this.messages = messages;
    this.access = access;
    this.clock = clock;
  }

  public Page<Message> read(Principal principal, ConversationId id, PageRequest page) {
    return tx.inTransaction(
        () -> {
          var conversation = access.conversation(principal.actor(), id);
          Page<Message> shown = messages.list(conversation.id(), page);
          messages.markRead(conversation.id(), principal.actor().id(), clock.instant());
          return shown;
        });
  }
}

package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/** The caller's conversations, newest first, each with its count of unread messages. */
public final class ViewConversations {
  private final Transactions tx;
  private final ConversationRepository conversations;
  private final MessageRepository messages;

  public ViewConversations(
      Transactions tx, ConversationRepository conversations, MessageRepository messages) {
    this.tx = tx;
    this.conversations = conversations;
    this.messages = messages;
  }

  public Page<ConversationSummary> list(Principal principal, PageRequest page) {
    UserId reader = principal.actor().id();
    return tx.read(
        () ->
            conversations
                .listFor(reader, page)
                .map(c -> new ConversationSummary(c, messages.unread(c.id(), reader))));
  }
}

package dev.motorhub.adapters.http.v1;

import dev.motorhub.application.matching.ConversationSummary;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.Message;
import java.time.Instant;

/** The JSON shapes of interests, conversations, messages and blocks. */
final class InterestViews {
  private InterestViews() {}

  record InterestView(
      String id,
      String tradeId,
      String buyerId,
      String sellerId,
      String message,
      String status,
      Instant sentAt,
      Instant answeredAt) {}

  record ConversationView(
      String id,
      String interestId,
      String buyerId,
      String sellerId,
      boolean open,
      Integer unread,
      Instant openedAt,
      Instant closedAt) {}

  record AcceptedView(InterestView interest, ConversationView conversation) {}

  record MessageView(
      String id,
      String conversationId,
      String senderId,
      String text,
      Instant sentAt,
      Instant readAt) {}

  record BlockView(String id, String userId, Instant createdAt) {}

  static InterestView interest(Interest i) {
    return new InterestView(
        i.id().toString(),
        i.trade().toString(),
        i.buyer().toString(),
        i.seller().toString(),
        i.message(),
        i.status().wire(),
        i.sentAt(),
        i.answeredAt().orElse(null));
  }

  static ConversationView conversation(Conversation c, Integer unread) {
    return new ConversationView(
        c.id().toString(),
        c.interest().toString(),
        c.buyer().toString(),
        c.seller().toString(),
        c.isOpen(),
        unread,
        c.openedAt(),
        c.closedAt().orElse(null));
  }

  static ConversationView summary(ConversationSummary s) {
    return conversation(s.conversation(), s.unread());
  }

  static MessageView message(Message m) {
    return new MessageView(
        m.id().toString(),
        m.conversation().toString(),
        m.sender().toString(),
        m.text(),
        m.sentAt(),
        m.readAt().orElse(null));
  }

  static BlockView block(Block b) {
    return new BlockView(b.id().toString(), b.blocked().toString(), b.createdAt());
  }
}

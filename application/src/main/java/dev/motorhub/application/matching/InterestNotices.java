package dev.motorhub.application.matching;

import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.Message;
import dev.motorhub.domain.notifications.NotificationKind;

/** Tells the parties of an interest and a conversation what happened, in-app. */
public final class InterestNotices {
  private final Notifier notifier;

  public InterestNotices(Notifier notifier) {
    this.notifier = notifier;
  }

  void sent(Interest interest) {
    notifier.tell(
        interest.seller(),
        NotificationKind.INTEREST_RECEIVED,
        "A buyer is interested in your trade.",
        "interest",
        interest.id().value());
  }

  void accepted(Interest interest) {
    notifier.tell(
        interest.buyer(),
        NotificationKind.INTEREST_ACCEPTED,
        "The seller accepted your interest: you can message each other now.",
        "interest",
        interest.id().value());
  }

  void declined(Interest interest) {
    notifier.tell(
        interest.buyer(),
        NotificationKind.INTEREST_DECLINED,
        "The seller declined your interest.",
        "interest",
        interest.id().value());
  }

  void closed(Interest interest) {
    notifier.tell(
        interest.buyer(),
        NotificationKind.INTEREST_CLOSED,
        "The trade you were interested in is no longer on offer.",
        "interest",
        interest.id().value());
  }

  void message(Message message, dev.motorhub.domain.identity.UserId recipient) {
    notifier.tell(
        recipient,
        NotificationKind.MESSAGE_RECEIVED,
        "You have a new message.",
        "conversation",
        message.conversation().value());
  }
}

package dev.motorhub.domain.notifications;

import java.util.Objects;
import java.util.Optional;

/**
 * What the SMS gateway answered for one recipient: its id for the message (which its delivery
 * reports name), its status code and word, and what it charged, as the gateway wrote it (such as
 * {@code KES 0.8000}).
 */
public record SmsReceipt(
    Optional<String> messageId, int statusCode, String status, Optional<String> cost) {
  public SmsReceipt {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(cost, "cost");
  }
}

package dev.motorhub.domain.notifications;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A text message in the SMS outbox: written in the unit of work of the change it tells about (such
 * as an order), so it exists exactly when that change does, and sent afterwards, outside any
 * request, by the dispatcher. It records its recipient and text, what it is about ({@code
 * subjectType} and {@code subjectId}), its {@link SmsStatus}, how many attempts were made and when
 * the next one is due, the last error, and what the gateway answered ({@link SmsReceipt}).
 */
public record SmsMessage(
    SmsId id,
    PhoneNumber to,
    String text,
    String subjectType,
    UUID subjectId,
    SmsStatus status,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> lastError,
    Optional<SmsReceipt> receipt,
    Instant createdAt,
    Instant updatedAt) {

  /** The longest text accepted: ten concatenated GSM-7 segments. */
  public static final int MAX_TEXT = 1530;

  public SmsMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(to, "to");
    text = Text.required(text, "text", MAX_TEXT);
    subjectType = Text.required(subjectType, "subject_type", 30);
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(status, "status");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(receipt, "receipt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new message, pending and due at once. */
  public static SmsMessage queue(
      SmsId id, PhoneNumber to, String text, String subjectType, UUID subjectId, Instant at) {
    return new SmsMessage(
        id,
        to,
        text,
        subjectType,
        subjectId,
        SmsStatus.PENDING,
        0,
        at,
        Optional.empty(),
        Optional.empty(),
        at,
        at);
  }
}

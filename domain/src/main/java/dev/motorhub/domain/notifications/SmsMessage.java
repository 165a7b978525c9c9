package dev.motorhub.domain.notifications;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.Conflict;
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

  /** The longest error kept: what a gateway says beyond it is cut. */
  public static final int MAX_ERROR = 500;

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

  /**
   * Taken by a dispatcher for its next attempt, counted now: no other dispatcher takes it before
   * {@code until}, when the claim of a dispatcher that stopped mid-send lapses and the message is
   * due again.
   */
  public SmsMessage claim(Instant now, Instant until) {
    requirePending();
    return with(SmsStatus.PENDING, attempts + 1, until, lastError, receipt, now);
  }

  /** Whether this is still the claim {@code claimed}: pending, the same attempt, the same lease. */
  public boolean stillClaimedAs(SmsMessage claimed) {
    return status == SmsStatus.PENDING
        && attempts == claimed.attempts
        && nextAttemptAt.equals(claimed.nextAttemptAt);
  }

  /** A claim given back unused: due at once, the attempt not counted. */
  public SmsMessage release(Instant now) {
    requirePending();
    return with(SmsStatus.PENDING, Math.max(0, attempts - 1), now, lastError, receipt, now);
  }

  /** The gateway took it for its recipient. */
  public SmsMessage sent(SmsReceipt receipt, Instant now) {
    requirePending();
    return with(SmsStatus.SENT, attempts, nextAttemptAt, lastError, Optional.of(receipt), now);
  }

  /** The attempt failed; the next one is due at {@code next}. */
  public SmsMessage retryAt(String error, Instant next, Instant now) {
    requirePending();
    return with(SmsStatus.PENDING, attempts, next, Optional.of(cut(error)), receipt, now);
  }

  /** Given up: the gateway refused it for good, or its last attempt failed. */
  public SmsMessage fail(String error, Optional<SmsReceipt> answer, Instant now) {
    requirePending();
    return with(
        SmsStatus.FAILED,
        attempts,
        nextAttemptAt,
        Optional.of(cut(error)),
        answer.or(() -> receipt),
        now);
  }

  /**
   * What a delivery report says, where it moves the message forward ({@link SmsStatus#rank()}): a
   * message already delivered or failed keeps its state, and a report of {@code sent} changes
   * nothing after delivery. A failure keeps the reason the report gives.
   */
  public SmsMessage report(SmsStatus reported, Optional<String> reason, Instant now) {
    if (reported.rank() <= status.rank()) {
      return this;
    }
    Optional<String> error =
        reported == SmsStatus.FAILED
            ? Optional.of(cut(reason.filter(r -> !r.isBlank()).orElse("Reported failed.")))
            : lastError;
    return with(reported, attempts, nextAttemptAt, error, receipt, now);
  }

  /**
   * Staff send a failed message again: pending, due at once, with a full set of attempts (its count
   * starts over); the last error stays for the record, the old receipt goes, so a late report of
   * the old attempt cannot touch the new one.
   */
  public SmsMessage retry(Instant now) {
    if (status != SmsStatus.FAILED) {
      throw new Conflict(
          "", "Only a failed message can be sent again; this one is " + status.wire() + ".");
    }
    return with(SmsStatus.PENDING, 0, now, lastError, Optional.empty(), now);
  }

  private void requirePending() {
    if (status != SmsStatus.PENDING) {
      throw new IllegalStateException("The message " + id + " is " + status.wire());
    }
  }

  private static String cut(String error) {
    String text = error == null || error.isBlank() ? "Unknown error." : error.strip();
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
  }

  private SmsMessage with(
      SmsStatus status,
      int attempts,
      Instant nextAttemptAt,
      Optional<String> lastError,
      Optional<SmsReceipt> receipt,
      Instant now) {
    return new SmsMessage(
        id,
        to,
        text,
        subjectType,
        subjectId,
        status,
        attempts,
        nextAttemptAt,
        lastError,
        receipt,
        createdAt,
        now);
  }
}

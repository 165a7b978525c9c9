package dev.motorhub.domain.notifications;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a text message is on its way: {@code pending} in the outbox (waiting for its first or next
 * attempt), {@code sent} to the gateway, which took it, then {@code delivered} to the phone, or
 * {@code failed} for good (the gateway refused it, every attempt failed, or the network reported it
 * undelivered). A message only moves forward: {@link #rank()}.
 */
public enum SmsStatus {
  PENDING,
  SENT,
  DELIVERED,
  FAILED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How far along: pending 0, sent 1, delivered and failed (both final) 2. */
  public int rank() {
    return switch (this) {
      case PENDING -> 0;
      case SENT -> 1;
      case DELIVERED, FAILED -> 2;
    };
  }

  /** The status named as it is written on the wire ({@code pending}, {@code sent}, …). */
  public static Optional<SmsStatus> ofWire(String text) {
    for (SmsStatus status : values()) {
      if (status.wire().equals(text)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * The status a delivery report's word means, as Africa's Talking writes them: {@code Success} is
   * delivered; {@code Sent}, {@code Submitted} and {@code Buffered} are on their way (sent); {@code
   * Failed}, {@code Rejected}, {@code Expired}, {@code AbsentSubscriber} and the like are failed.
   * Case does not matter; an unknown word is empty.
   */
  public static Optional<SmsStatus> ofDeliveryReport(String word) {
    if (word == null) {
      return Optional.empty();
    }
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "success", "delivered" -> Optional.of(DELIVERED);
      case "sent", "submitted", "buffered" -> Optional.of(SENT);
      case "failed",
          "rejected",
          "expired",
          "absentsubscriber",
          "undeliverable",
          "insufficientcredit",
          "userinblacklist",
          "deliveryfailure" ->
          Optional.of(FAILED);
      default -> Optional.empty();
    };
  }
}

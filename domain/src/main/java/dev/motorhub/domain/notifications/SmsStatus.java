package dev.motorhub.domain.notifications;

import java.util.Locale;

/**
 * Where a text message is on its way: {@code pending} in the outbox (waiting for its first or next
 * attempt), {@code sent} to the gateway, which took it, then {@code delivered} to the phone, or
 * {@code failed} for good (the gateway refused it, every attempt failed, or the network reported it
 * undelivered).
 */
public enum SmsStatus {
  PENDING,
  SENT,
  DELIVERED,
  FAILED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.motorhub.domain.notifications;

import java.util.Locale;

/** What a notification tells its recipient about. */
public enum NotificationKind {
  PROPOSAL_RECEIVED,
  PROPOSAL_ACCEPTED,
  PROPOSAL_DECLINED,
  PROPOSAL_CANCELLED,
  PROPOSAL_CLOSED,
  TRADE_CANCELLED,
  HANDOVER_PENDING,
  VEHICLE_HANDED_OVER,
  INVOICE_ISSUED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}

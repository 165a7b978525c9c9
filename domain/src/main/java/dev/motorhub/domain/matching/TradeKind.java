package dev.motorhub.domain.matching;

import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.shared.WireNames;

/** What a buyer looks for: a vehicle to lease or one to buy (a trade under a sell service). */
public enum TradeKind {
  LEASE,
  SALE;

  public String wire() {
    return WireNames.of(this);
  }

  /** Whether a trade under a service of {@code kind} is of this kind. */
  public boolean fits(ServiceKind kind) {
    return this == LEASE ? kind.isLease() : kind.equals(ServiceKind.SELL);
  }

  public static TradeKind parse(String text, String field) {
    return WireNames.parse(TradeKind.class, text, field);
  }
}

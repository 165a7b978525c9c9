package dev.motorhub.domain.marketplace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Something a seller may ask of a buyer on a trade, named on the wire as {@link #wire()}. */
public enum BuyerRequirement {
  VERIFIED_PHONE("verified_phone"),
  CARD_ON_FILE("card_on_file"),
  NO_CANCELLED_DEALS("no_cancelled_deals");

  private final String wire;

  BuyerRequirement(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** The wire names, in this order. */
  public static List<String> wireNames() {
    return Arrays.stream(values()).map(BuyerRequirement::wire).toList();
  }

  public static Optional<BuyerRequirement> fromWire(String text) {
    return Arrays.stream(values()).filter(r -> r.wire.equals(text)).findFirst();
  }
}

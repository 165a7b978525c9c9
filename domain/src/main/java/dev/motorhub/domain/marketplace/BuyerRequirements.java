package dev.motorhub.domain.marketplace;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a trade's owner asks of a buyer before they may send an interest: a verified phone, a
 * payment card on file, no cancelled deals. A trade asks nothing until its owner says otherwise.
 */
public record BuyerRequirements(
    boolean verifiedPhone, boolean cardOnFile, boolean noCancelledDeals) {
  /** Nothing asked: every buyer fits. */
  public static final BuyerRequirements NONE = new BuyerRequirements(false, false, false);

  /** The requirements asked for, in the order of {@link BuyerRequirement}. */
  public Set<BuyerRequirement> asked() {
    Set<BuyerRequirement> asked = EnumSet.noneOf(BuyerRequirement.class);
    if (verifiedPhone) {
      asked.add(BuyerRequirement.VERIFIED_PHONE);
    }
    if (cardOnFile) {
      asked.add(BuyerRequirement.CARD_ON_FILE);
    }
    if (noCancelledDeals) {
      asked.add(BuyerRequirement.NO_CANCELLED_DEALS);
    }
    return asked;
  }

  /** The requirements that are exactly {@code asked}. */
  public static BuyerRequirements of(Set<BuyerRequirement> asked) {
    return new BuyerRequirements(
        asked.contains(BuyerRequirement.VERIFIED_PHONE),
        asked.contains(BuyerRequirement.CARD_ON_FILE),
        asked.contains(BuyerRequirement.NO_CANCELLED_DEALS));
  }
}

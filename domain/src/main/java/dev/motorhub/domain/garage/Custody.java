package dev.motorhub.domain.garage;

import dev.motorhub.domain.identity.UserId;
import java.util.Objects;

/**
 * Whether a vehicle is its owner's to change and trade, or sold and waiting to be handed over to
 * its buyer. The vehicle carries this itself, not only the trade that sold it, because every rule
 * it implies is the garage's: a sold vehicle is not changed, pictured, removed or traded again,
 * whichever use case asks, and the garage does not see the marketplace.
 */
public sealed interface Custody permits Custody.Kept, Custody.Sold {
  /** The vehicle is with its owner, free to change and trade. */
  Kept KEPT = new Kept();

  /** With its owner, free to change and trade. */
  record Kept() implements Custody {}

  /** Sold to {@code buyer}: it stays in its owner's garage, unchanged, until it is handed over. */
  record Sold(UserId buyer) implements Custody {
    public Sold {
      Objects.requireNonNull(buyer, "buyer");
    }
  }
}

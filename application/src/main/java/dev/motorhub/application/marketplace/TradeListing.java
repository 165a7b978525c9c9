package dev.motorhub.application.marketplace;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import java.util.Objects;

/** A trade with what a buyer browsing the marketplace wants to see of it. */
public record TradeListing(
    Trade trade, Vehicle vehicle, ServiceOffering service, BuyerRequirements buyerRequirements) {
  public TradeListing {
    Objects.requireNonNull(buyerRequirements, "buyerRequirements");
  }

  /**
   * A trade that asks nothing of buyers: a new one, or one as the trades' store reads it, before
   * {@link ViewTrades} adds what its owner asks ({@link BuyerRequirementRepository}).
   */
  public TradeListing(Trade trade, Vehicle vehicle, ServiceOffering service) {
    this(trade, vehicle, service, BuyerRequirements.NONE);
  }

  public TradeListing asking(BuyerRequirements requirements) {
    return new TradeListing(trade, vehicle, service, requirements);
  }
}

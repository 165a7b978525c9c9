package dev.motorhub.application.marketplace;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;

/** A trade with what a buyer browsing the marketplace wants to see of it. */
public record TradeListing(Trade trade, Vehicle vehicle, ServiceOffering service) {}

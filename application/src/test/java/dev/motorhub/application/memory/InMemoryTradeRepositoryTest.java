package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.TradeRepositoryContract;

/** The {@code TradeRepository} contract on the in-memory store. */
class InMemoryTradeRepositoryTest extends TradeRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.BuyerRecordsContract;

/** The {@code BuyerRecords} contract in memory. */
class InMemoryBuyerRecordsTest extends BuyerRecordsContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

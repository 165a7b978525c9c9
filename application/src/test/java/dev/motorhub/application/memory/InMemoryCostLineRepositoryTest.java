package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.CostLineRepositoryContract;

/** The {@code CostLineRepository} contract on the in-memory store. */
class InMemoryCostLineRepositoryTest extends CostLineRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

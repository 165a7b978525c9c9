package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.BuyerRequirementRepositoryContract;

/** The {@code BuyerRequirementRepository} contract in memory. */
class InMemoryBuyerRequirementRepositoryTest extends BuyerRequirementRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

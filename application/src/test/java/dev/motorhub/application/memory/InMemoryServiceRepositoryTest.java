package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ServiceRepositoryContract;

/** The {@code ServiceRepository} contract on the in-memory store. */
class InMemoryServiceRepositoryTest extends ServiceRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

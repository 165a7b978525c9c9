package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ServiceRequestRepositoryContract;

/** The {@code ServiceRequestRepository} contract on the in-memory store. */
class InMemoryServiceRequestRepositoryTest extends ServiceRequestRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

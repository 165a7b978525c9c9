package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.ServiceKindRepositoryContract;

/** The {@code ServiceKindRepository} contract on the in-memory store. */
class InMemoryServiceKindRepositoryTest extends ServiceKindRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

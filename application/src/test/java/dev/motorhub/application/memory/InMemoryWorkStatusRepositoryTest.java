package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.WorkStatusRepositoryContract;

/** The {@code WorkStatusRepository} contract on the in-memory store. */
class InMemoryWorkStatusRepositoryTest extends WorkStatusRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.MechanicRepositoryContract;

/** The {@code MechanicRepository} contract on the in-memory store. */
class InMemoryMechanicRepositoryTest extends MechanicRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

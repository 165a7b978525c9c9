package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.LinkedIdentityRepositoryContract;

/** The {@code LinkedIdentityRepository} contract on the in-memory store. */
class InMemoryLinkedIdentityRepositoryTest extends LinkedIdentityRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

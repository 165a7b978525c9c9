package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.PreferenceRepositoryContract;

/** The {@code PreferenceRepository} contract on the in-memory store. */
class InMemoryPreferenceRepositoryTest extends PreferenceRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}

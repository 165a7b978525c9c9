package dev.motorhub.application.memory;

import dev.motorhub.application.Store;
import dev.motorhub.application.contract.UserRepositoryContract;

/** The {@code UserRepository} contract on the in-memory store. */
class InMemoryUserRepositoryTest extends UserRepositoryContract {
  @Override
  protected Store freshStore() {
    return new InMemoryStore();
  }
}
